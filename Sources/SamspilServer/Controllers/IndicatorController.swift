import Foundation
import SamspilCore
import Vapor

/// `/indikatorer`: indicators, their charts and CSV import, and `/fordeling`, the distribution helper.
/// Everyone reads; administrators define indicators and import figures (the indicators follow up the
/// agreements of the whole cooperation, not of one body).
struct IndicatorController: Sendable {
    func list(_ request: Request) async throws -> Response {
        var model = try await listModel(request)
        model.notice = request.notice()
        return .page(IndicatorPage.renderList(model, context: request.pageContext), for: request)
    }

    func create(_ request: Request) async throws -> Response {
        try request.requireRight(request.viewer.isAdministrator)
        try CSRF.verify(request)
        var form = IndicatorPage.IndicatorForm(posted: request.field)
        guard let indicator = form.indicator() else {
            var model = try await listModel(request)
            model.form = form
            return .page(IndicatorPage.renderList(model, context: request.pageContext), status: .unprocessableEntity, for: request)
        }
        let slug = try await Indicators(database: request.db).create(indicator)
        return .redirect(to: .indicator(slug: slug), notice: CooperationText.indicatorCreated)
    }

    func show(_ request: Request) async throws -> Response {
        let model = try await model(request)
        return .page(IndicatorPage.render(model, context: request.pageContext), for: request)
    }

    /// Imports figures from an uploaded file or pasted lines; the page answers with what was stored
    /// and each line that was not, with its number and why.
    func importValues(_ request: Request) async throws -> Response {
        try request.requireRight(request.viewer.isAdministrator)
        try CSRF.verify(request)
        var model = try await model(request)
        struct Upload: Content {
            var file: File?
            var csv: String?
        }
        let upload = try? request.content.decode(Upload.self)
        let text = upload?.file.flatMap { $0.data.readableBytes > 0 ? String(buffer: $0.data) : nil } ?? upload?.csv ?? ""
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            model.importError = .importEmpty
            return .page(IndicatorPage.render(model, context: request.pageContext), status: .unprocessableEntity, for: request)
        }
        let indicators = Indicators(database: request.db)
        let read = IndicatorCSV.read(text, groups: try await indicators.groups(for: model.stored.indicator))
        let count = try await indicators.store(read.values, in: model.stored.indicator.id)
        model = try await self.model(request)
        model.report = .init(count: count, rejected: read.rejected)
        let status: HTTPResponseStatus = read.values.isEmpty ? .unprocessableEntity : .ok
        return .page(IndicatorPage.render(model, context: request.pageContext), status: status, for: request)
    }

    func chart(_ request: Request) async throws -> Response {
        let model = try await model(request)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "image/svg+xml; charset=utf-8")
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        return Response(status: .ok, headers: headers,
                        body: .init(string: IndicatorChart.svg(model.stored.indicator, values: model.values)))
    }

    func distribution(_ request: Request) async throws -> Response {
        let query = (try? request.query.decode([String: String].self)) ?? [:]
        let model = DistributionPage.Model(query: query, language: request.language)
        return .page(DistributionPage.render(model, context: request.pageContext),
                     status: model.errors.isEmpty ? .ok : .unprocessableEntity, for: request)
    }

    // MARK: -

    private func listModel(_ request: Request) async throws -> IndicatorPage.ListModel {
        let indicators = Indicators(database: request.db)
        var rows: [(stored: Indicators.Stored, latest: IndicatorPeriod?)] = []
        for stored in try await indicators.all() {
            rows.append((stored, try await indicators.values(of: stored.indicator.id).last?.period))
        }
        return IndicatorPage.ListModel(indicators: rows, mayEdit: request.viewer.isAdministrator)
    }

    private func model(_ request: Request) async throws -> IndicatorPage.Model {
        let slug = try request.parameters.require("indicator")
        let indicators = Indicators(database: request.db)
        guard let stored = try await indicators.find(slug: slug) else { throw Abort(.notFound) }
        return IndicatorPage.Model(stored: stored, values: try await indicators.values(of: stored.indicator.id),
                                   mayEdit: request.viewer.isAdministrator)
    }
}
