import Fluent
import SamspilCore

extension FollowUpPage.Model {
    static func query(_ context: BodyContext, refusedPutBack: FollowUpPage.RefusedPutBack? = nil, today: CalendarDay,
                      on database: any Database) async throws -> Self {
        let followUps = FollowUps(database: database)
        return Self(body: context.body,
                    open: try await followUps.open(in: context.body.id, today: today),
                    closed: try await followUps.recentlyClosed(in: context.body.id),
                    today: today,
                    mayEdit: context.viewer.may(.edit, in: context.body.id),
                    refusedPutBack: refusedPutBack)
    }
}
