import Vapor

/// Every route of the app, from the paths in `SiteURL`.
func routes(_ app: Application) throws {
    let pages = PageController()
    app.get(use: pages.home)
    app.get(SiteURL.Route.body, use: pages.body)
    app.get(SiteURL.Route.bodyYear, use: pages.year)
    app.get(SiteURL.Route.meeting, use: pages.meeting)
    app.get(SiteURL.Route.person, use: pages.person)
    app.get(SiteURL.Route.stylesheet, use: pages.stylesheet)
    app.get(SiteURL.Route.health, use: HealthController.check)
    let search = SearchController()
    app.get(SiteURL.Route.search, use: search.search)
    app.get(SiteURL.Route.topic, use: search.topic)

    let sessions = SessionController()
    app.get(SiteURL.Route.signIn, use: sessions.form)
    app.post(SiteURL.Route.signIn, use: sessions.signIn)
    app.post(SiteURL.Route.signOut, use: sessions.signOut)

    let imports = ImportController()
    // Several documents go in one upload; each is held to the document limit when it is parsed.
    let maxUpload = ByteCount(value: app.configuration.maxDocumentBytes * 10)
    app.get(SiteURL.Route.importMinutes, use: imports.form)
    app.on(.POST, SiteURL.Route.importMinutes, body: .collect(maxSize: maxUpload), use: imports.upload)
    app.get(SiteURL.Route.importPreview, use: imports.preview)
    app.post(SiteURL.Route.importConfirm, use: imports.confirm)
    app.post(SiteURL.Route.importCancel, use: imports.cancel)

    // Every write under a meeting's path raises its revision (`MeetingRevisionMiddleware`).
    let meetingWrites = app.grouped(MeetingRevisionMiddleware())
    let editor = MeetingEditorController()
    app.get(SiteURL.Route.newMeeting, use: editor.newMeetingForm)
    app.post(SiteURL.Route.newMeeting, use: editor.createMeeting)
    app.get(SiteURL.Route.editor, use: editor.editor)
    meetingWrites.post(SiteURL.Route.editor, use: editor.saveHeader)
    meetingWrites.post(SiteURL.Route.items, use: editor.addItem)
    meetingWrites.post(SiteURL.Route.itemMove, use: editor.moveItem)
    app.get(SiteURL.Route.itemDelete, use: editor.deleteItemConfirmation)
    meetingWrites.post(SiteURL.Route.itemDelete, use: editor.deleteItem)
    app.get(SiteURL.Route.status, use: editor.statusConfirmation)
    meetingWrites.post(SiteURL.Route.status, use: editor.advance)
    app.get(SiteURL.Route.cancellation, use: editor.cancellationConfirmation)
    meetingWrites.post(SiteURL.Route.cancellation, use: editor.cancel)
    app.get(SiteURL.Route.reinstatement, use: editor.reinstatementConfirmation)
    meetingWrites.post(SiteURL.Route.reinstatement, use: editor.reinstate)

    let items = ItemController()
    app.get(SiteURL.Route.item, use: items.edit)
    // An item's texts can run to pages: more than the 16 kB Vapor collects of a form by default.
    meetingWrites.on(.POST, SiteURL.Route.item, body: .collect(maxSize: "1mb"), use: items.save)
    meetingWrites.post(SiteURL.Route.itemActions, use: items.addAction)
    // Files up to four times the limit are read, so that one just over it gets a message beside the
    // field instead of a bare 413.
    let maxAttachmentUpload = ByteCount(value: app.configuration.maxAttachmentBytes * 4)
    meetingWrites.on(.POST, SiteURL.Route.itemAttachments, body: .collect(maxSize: maxAttachmentUpload), use: items.uploadAttachment)
    app.get(SiteURL.Route.attachment, use: items.download)
    app.get(SiteURL.Route.document, use: ExportController().document)
    meetingWrites.post(SiteURL.Route.attachmentDelete, use: items.deleteAttachment)
    meetingWrites.post(SiteURL.Route.attachmentPublic, use: items.setAttachmentPublic)

    bodyWorkRoutes(app, meetingWrites: meetingWrites)
    cooperationRoutes(app, meetingWrites: meetingWrites)
    structureRoutes(app)

    let feeds = FeedController()
    app.get(SiteURL.Route.bodyCalendar, use: feeds.bodyCalendar)
    app.get(SiteURL.Route.bodyNews, use: feeds.bodyNews)
    app.get(SiteURL.Route.news, use: feeds.news)
    app.get(SiteURL.Route.personalCalendar, use: feeds.personalCalendar)
    app.get(SiteURL.Route.myCalendar, use: feeds.myCalendar)
    app.post(SiteURL.Route.myCalendar, use: feeds.newCalendarAddress)

    let tokens = APITokensController()
    app.get(SiteURL.Route.apiTokens, use: tokens.show)
    app.post(SiteURL.Route.apiTokens, use: tokens.create)
    app.post(SiteURL.Route.apiTokenRevoke, use: tokens.revoke)

    OParlController().register(app)
    APIController().register(app, maxAttachmentUpload: maxAttachmentUpload)
}
