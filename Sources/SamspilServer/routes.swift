import Vapor

/// Every route of the app, from the paths in `SiteURL`.
func routes(_ app: Application) throws {
    let pages = PageController()
    app.get(use: pages.home)
    app.get(SiteURL.Route.body, use: pages.body)
    app.get(SiteURL.Route.meeting, use: pages.meeting)
    app.get(SiteURL.Route.person, use: pages.person)
    app.get(SiteURL.Route.stylesheet, use: pages.stylesheet)
    app.get(SiteURL.Route.health, use: HealthController.check)

    let sessions = SessionController()
    app.get(SiteURL.Route.signIn, use: sessions.form)
    app.post(SiteURL.Route.signIn, use: sessions.signIn)
    app.post(SiteURL.Route.signOut, use: sessions.signOut)

    let imports = ImportController()
    // Several documents go in one upload; each is held to the document limit when it is parsed.
    let maxUpload = ByteCount(value: (app.storage[ConfigurationKey.self]?.maxDocumentBytes ?? 25 * 1024 * 1024) * 10)
    app.get(SiteURL.Route.importMinutes, use: imports.form)
    app.on(.POST, SiteURL.Route.importMinutes, body: .collect(maxSize: maxUpload), use: imports.upload)
    app.get(SiteURL.Route.importPreview, use: imports.preview)
    app.post(SiteURL.Route.importConfirm, use: imports.confirm)
    app.post(SiteURL.Route.importCancel, use: imports.cancel)
}
