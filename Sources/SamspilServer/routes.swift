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
}
