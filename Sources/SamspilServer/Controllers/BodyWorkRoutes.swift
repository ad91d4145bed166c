import Vapor

/// The routes of a body's work outside the meeting editor: backlog, follow-up, standard items, co-chairs,
/// indicators, and a meeting's attendance list. Called from `routes(_:)`.
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

    let attendance = AttendanceController()
    app.get(SiteURL.Route.attendance, use: attendance.show)
    meetingWrites.post(SiteURL.Route.attendance, use: attendance.save)
    meetingWrites.post(SiteURL.Route.guests, use: attendance.guests)
}
