import Vapor

/// The routes of a body's work outside the meeting editor: backlog, follow-up, standard items, and a
/// meeting's attendance list. Called from `routes(_:)`.
func bodyWorkRoutes(_ app: Application, meetingWrites: any RoutesBuilder) {
    let backlog = BacklogController()
    app.get(SiteURL.Route.backlog, use: backlog.show)
    app.post(SiteURL.Route.backlog, use: backlog.add)
    app.post(SiteURL.Route.backlogItemDelete, use: backlog.delete)

    let followUp = FollowUpController()
    app.get(SiteURL.Route.followUp, use: followUp.show)
    app.post(SiteURL.Route.followUpAction, use: followUp.act)

    let standardItems = StandardItemsController()
    app.get(SiteURL.Route.standardItems, use: standardItems.show)
    app.post(SiteURL.Route.standardItems, use: standardItems.save)

    let attendance = AttendanceController()
    app.get(SiteURL.Route.attendance, use: attendance.show)
    meetingWrites.post(SiteURL.Route.attendance, use: attendance.save)
    meetingWrites.post(SiteURL.Route.guests, use: attendance.guests)
}

/// The routes of the cooperation between bodies: co-chairs, indicators, referrals, the registers of
/// initiatives and cases, and the administration of the structure. Called from `routes(_:)`.
func cooperationRoutes(_ app: Application, meetingWrites: any RoutesBuilder) {
    let coChairs = CoChairsController()
    app.get(SiteURL.Route.coChairs, use: coChairs.show)
    app.post(SiteURL.Route.coChairs, use: coChairs.addPeriod)
    app.post(SiteURL.Route.rotationPeriodDelete, use: coChairs.deletePeriod)
    app.post(SiteURL.Route.rotationRules, use: coChairs.saveRules)

    let indicators = IndicatorController()
    app.get(SiteURL.Route.indicators, use: indicators.list)
    app.post(SiteURL.Route.indicators, use: indicators.create)
    app.get(SiteURL.Route.indicator, use: indicators.show)
    // A CSV of a few years of figures by cluster is small; 5 MB leaves room for monthly data by municipality.
    app.on(.POST, SiteURL.Route.indicator, body: .collect(maxSize: "5mb"), use: indicators.importValues)
    app.get(SiteURL.Route.indicatorChart, use: indicators.chart)
    app.get(SiteURL.Route.distribution, use: indicators.distribution)

    let referrals = ReferralController()
    meetingWrites.post(SiteURL.Route.itemReferral, use: referrals.refer)
    app.get(SiteURL.Route.caseTrail, use: referrals.trail)
    meetingWrites.post(SiteURL.Route.itemLinks, use: ItemLinksController().change)

    let initiatives = InitiativeController()
    app.get(SiteURL.Route.initiatives, use: initiatives.list)
    app.post(SiteURL.Route.initiatives, use: initiatives.create)
    app.get(SiteURL.Route.initiative, use: initiatives.show)
    app.post(SiteURL.Route.initiative, use: initiatives.save)

    let cases = CooperationCaseController()
    app.get(SiteURL.Route.cooperationCases, use: cases.list)
    app.post(SiteURL.Route.cooperationCases, use: cases.create)
    app.get(SiteURL.Route.cooperationCase, use: cases.show)
    app.post(SiteURL.Route.caseStage, use: cases.saveStage)
    app.post(SiteURL.Route.caseCluster, use: cases.saveCluster)
}

/// The routes of the administration of the structure. Called from `routes(_:)`.
func structureRoutes(_ app: Application) {
    let structure = StructureController()
    app.get(SiteURL.Route.administration, use: structure.administration)
    app.post(SiteURL.Route.newBody, use: structure.createBody)
    app.post(SiteURL.Route.newOrganisation, use: structure.createOrganisation)
    app.get(SiteURL.Route.organisation, use: structure.organisation)
    app.post(SiteURL.Route.organisation, use: structure.saveOrganisation)
    app.post(SiteURL.Route.newPerson, use: structure.createPerson)
    app.get(SiteURL.Route.personSettings, use: structure.person)
    app.post(SiteURL.Route.personSettings, use: structure.savePerson)
    app.get(SiteURL.Route.bodySettings, use: structure.settings)
    app.post(SiteURL.Route.bodySettings, use: structure.saveSettings)
    app.get(SiteURL.Route.members, use: structure.members)
    app.post(SiteURL.Route.members, use: structure.addMember)
    app.get(SiteURL.Route.membershipEnd, use: structure.endMembershipForm)
    app.post(SiteURL.Route.membershipEnd, use: structure.endMembership)
    app.get(SiteURL.Route.termsOfReference, use: structure.termsOfReference)
    // Terms of reference run to several pages of text.
    app.on(.POST, SiteURL.Route.termsOfReference, body: .collect(maxSize: "1mb"), use: structure.addTermsOfReference)
}
