import Fluent
import Foundation
import SamspilCore
@testable import SamspilServer
import Testing
import Vapor
import VaporTesting

/// The indicators: the demo's smoking-cessation indicator with its chart and table, CSV import with a
/// report of the lines it rejects, the chart rendered by an independent SVG renderer, and the
/// distribution helper.
@Suite("Indicators")
struct IndicatorPageTests {
    static let slug = "henvisninger-til-kommunale-rygestopforloeb"
    static let path = SiteURL.indicator(slug: slug).path

    @Test(arguments: TestDatabase.all)
    func theDemoIndicatorHasItsChartAndTable(_ database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let list = try await Browser(app).get(SiteURL.indicators.path)
            #expect(list.status == .ok)
            #expect(list.body.string.contains(Self.path))
            let page = try await Browser(app).get(Self.path).body.string
            #expect(page.contains("<svg"))
            #expect(page.contains("Mål: 150"))
            for cluster in DemoIndicators.clusters { #expect(page.contains("<th>\(cluster)</th>"), "\(cluster) column") }
            #expect(page.contains("2024-K4"))
            #expect(!page.contains("Indlæs tal fra CSV"), "the public does not import")
            // The regional structure the indicator is broken down by.
            for slug in ["sundhedskoordinationsudvalget", "randersklyngen-klyngestyregruppe", "horsensklyngen-klyngestyregruppe"] {
                #expect(try await Browser(app).get("/organer/\(slug)").status == .ok, "\(slug)")
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func aCSVImportKeepsTheGoodRowsReportsTheBadAndDuplicatesNothing(_ database: TestDatabase) async throws {
        try await withApp(database, demo: true) { app in
            let admin = try await Visitor.administrator.browser(app, in: try await DemoBody.body(app), warmUp: Self.path)
            let indicator = try #require(try await Indicators(database: app.db).find(slug: Self.slug)).indicator
            let before = try await IndicatorValueModel.query(on: app.db).filter(\.$indicatorID == indicator.id).count()
            let csv = """
            Periode;Klynge;Henvisninger
            2025-K1;Midtklyngen;88
            2025-K1;Nordklyngen;12
            2025-K1;Vestklyngen;mange
            2025-K1;Randersklyngen;101,0
            2024-K4;Aarhusklyngen;140
            """
            let first = try await admin.postFiles(Self.path, fields: [:], files: [(name: "rygestop.csv", data: Data(csv.utf8))], fileField: "file")
            #expect(first.status == .ok)
            let report = first.body.string
            #expect(report.contains("2 nye, 1 ændrede, 0 uændrede tal; 2 linjer afvist"), "\(report.prefix(3000))")
            #expect(report.contains("<td>3</td>") && report.contains("Nordklyngen"))
            #expect(report.contains("<td>4</td>") && report.contains("ikke et tal"))
            #expect(try await IndicatorValueModel.query(on: app.db).filter(\.$indicatorID == indicator.id).count() == before + 2)

            // The same file again: nothing new, nothing duplicated.
            let again = try await admin.post(Self.path, ["csv": csv])
            #expect(again.body.string.contains("0 nye, 0 ændrede, 3 uændrede tal; 2 linjer afvist"))
            #expect(try await IndicatorValueModel.query(on: app.db).filter(\.$indicatorID == indicator.id).count() == before + 2)

            // Nothing to import, or nothing good: said, and nothing stored.
            #expect(try await admin.post(Self.path, ["csv": ""]).status == .unprocessableEntity)
            #expect(try await admin.post(Self.path, ["csv": "2025-K1;Nordklyngen;1"]).status == .unprocessableEntity)
        }
    }

    @Test(arguments: [Visitor.anonymous, .member, .secretary])
    func onlyAnAdministratorImportsOrDefines(_ visitor: Visitor) async throws {
        try await withApp(.sqlite, demo: true) { app in
            let browser = try await visitor.browser(app, in: try await DemoBody.body(app), warmUp: SiteURL.indicators.path)
            let count = try await IndicatorValueModel.query(on: app.db).count()
            let imported = try await browser.post(Self.path, ["csv": "2025-K1;Midtklyngen;88"])
            let created = try await browser.post(SiteURL.indicators.path, ["name": "Genindlæggelser", "unit": "%"])
            for response in [imported, created] {
                #expect(response.status == (visitor == .anonymous ? .seeOther : .forbidden))
            }
            #expect(try await IndicatorValueModel.query(on: app.db).count() == count)
            #expect(try await IndicatorModel.query(on: app.db).count() == 1)
        }
    }

    @Test func anAdministratorDefinesAnIndicator() async throws {
        try await withApp(.sqlite, demo: true) { app in
            let admin = try await Visitor.administrator.browser(app, in: try await DemoBody.body(app), warmUp: SiteURL.indicators.path)
            #expect(try await admin.post(SiteURL.indicators.path, ["name": "", "unit": "%", "target": "mange"]).status == .unprocessableEntity)
            let created = try await admin.post(SiteURL.indicators.path, ["name": "Forebyggelige genindlæggelser", "unit": "%",
                                                                          "target": "7,5", "breakdown": "organisation"])
            #expect(created.status == .seeOther)
            let stored = try #require(try await Indicators(database: app.db).find(slug: "forebyggelige-genindlaeggelser"))
            #expect(stored.indicator.target == 7.5)
            #expect(stored.indicator.breakdown == .organisation)
        }
    }

    /// The chart drawn by librsvg (rsvg-convert, from Debian), independent of any browser: a PNG of the
    /// chart's size, with the bars' colours in it.
    @Test(.enabled(if: IndicatorPageTests.rendererIsInstalled || CalendarOracle.isRequired, "rsvg-convert (librsvg2-bin) is not installed"))
    func theChartRendersToAPicture() async throws {
        try await withApp(.sqlite, demo: true) { app in
            var svg = ""
            try await app.testing().test(.GET, SiteURL.indicatorChart(slug: Self.slug).path) { response in
                #expect(response.status == .ok)
                #expect(response.headers.contentType?.subType == "svg+xml")
                svg = response.body.string
            }
            let png = try Self.render(svg)
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG")
            // Width and height from the IHDR chunk.
            let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
            let height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
            #expect(width == Int(IndicatorChart.width) && height == Int(IndicatorChart.height))
            #expect(png.count > 5_000, "a chart, not an empty picture: \(png.count) bytes")
        }
    }

    static var rendererIsInstalled: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/rsvg-convert") }

    static func render(_ svg: String) throws -> Data {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("samspil-chart-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("chart.svg")
        let output = directory.appendingPathComponent("chart.png")
        try Data(svg.utf8).write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/rsvg-convert")
        process.arguments = ["--format", "png", "--output", output.path, input.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw TestSetupError("rsvg-convert refused the chart: " + String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
        }
        return try Data(contentsOf: output)
    }

    @Test func theDistributionHelperAddsUpToTheTotal() async throws {
        try await withApp(.sqlite) { app in
            let query = "beloeb=1000000&modtagere=" + "Silkeborg;1\nSkive;1\nViborg;1".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let page = try await Browser(app).get(SiteURL.distribution.path + "?" + query)
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("333.334") && html.contains("333.333") && html.contains("1.000.000"))
            let bad = try await Browser(app).get(SiteURL.distribution.path + "?beloeb=mange&modtagere=Skive")
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Skriv beløbet som et helt tal."))
        }
    }
}
