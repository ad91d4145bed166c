import MinutesExport
import Vapor

/// `samspil serve`: Vapor's serve command (with its `--hostname`, `--port`, `--bind` options), after the
/// database is checked, migrated and, when empty, given the demo. Checking first means a wrong
/// DATABASE_URL stops start-up at once with one clear line instead of failing on the first request.
struct PreparedServeCommand: AsyncCommand {
    typealias Signature = ServeCommand.Signature

    let demo: AppConfiguration.DemoPolicy
    var help: String { "Migrates the database, loads the demo into an empty one, and serves Samspil over HTTP." }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await DatabasePreparation.prepare(context.application, demo: demo)
        if context.application.pdfPrinter == nil {
            // Everything else works without it; the PDF buttons then say the same.
            context.application.logger.warning("PDF export is off: Chromium was not found. To turn it on, \(PDFPrinter.installAdvice)")
        }
        try await context.application.servers.asyncCommand.run(using: context, signature: signature)
    }
}
