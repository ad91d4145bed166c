import Fluent
import Foundation
import SamspilCore

/// `/initiativer`: the initiatives register as one table per cluster, filtered by cluster and status,
/// with the form to register one; and `/initiativer/ID`, an initiative with the items that discussed it.
enum InitiativesPage {
    struct ListModel {
        var tables: [(cluster: String?, rows: [Row])]
        var clusters: [String]
        /// The filter: a cluster's name, `region` for the region-wide ones, or empty for all.
        var clusterFilter: String
        var statusFilter: Initiative.Status?
        var mayCreate: Bool
        var choices: Choices
        var form = InitiativeForm()
        var notice: RegisterText?
    }

    struct Row {
        let initiative: Initiative
        let owner: String
        let contact: String?
        let itemCount: Int
    }

    struct Model {
        let row: Row
        /// Whether the viewer reads contact details: the contact person's and those in the description.
        let readsEverything: Bool
        /// The contact person's e-mail and phone, for those who read everything.
        let contactDetails: [String]
        let items: [ItemReference]
        let mayEdit: Bool
        let choices: Choices
        var form: InitiativeForm
        var notice: RegisterText?
    }

    /// What the form offers: owners (bodies and organisations), clusters, and people's names.
    struct Choices {
        let bodies: [(value: String, label: String)]
        let organisations: [(value: String, label: String)]
        let clusters: [String]
        let people: [String]
    }

    /// Reads the store for the pages: the bodies and organisations, and the people: every one for a
    /// viewer who registers initiatives (the form's list of names, and the contact typed), otherwise only
    /// the `contacts` shown.
    struct Lookup {
        let bodies: [Body]
        let organisations: [Organisation]
        let people: [Person]

        static func load(on database: any Database, viewer: Viewer, contacts: [UUID?] = []) async throws -> Lookup {
            let bodies = try await BodyModel.query(on: database).all().map { try $0.domain() }
            var people = PersonModel.query(on: database)
            if !RegisterPermission(viewer: viewer, bodies: bodies).mayCreate { people = people.filter(\.$id ~~ contacts.compactMap { $0 }) }
            return Lookup(bodies: bodies,
                          organisations: try await OrganisationModel.query(on: database).sort(\.$name).all().map { try $0.domain() },
                          people: try await people.sort(\.$name).all().map { try $0.domain() })
        }

        func row(_ initiative: Initiative, itemCount: Int) -> Row {
            let owner = initiative.owningBodyID.flatMap { id in bodies.first { $0.id == id }?.name }
                ?? initiative.owningOrganisationID.flatMap { id in organisations.first { $0.id == id }?.name } ?? "–"
            return Row(initiative: initiative, owner: owner,
                       contact: initiative.contactPersonID.flatMap { id in people.first { $0.id == id }?.name }, itemCount: itemCount)
        }

        var choices: Choices {
            Choices(bodies: Body.hierarchyOrder(bodies).map { ("body:" + $0.body.id.lowercased, $0.body.name) },
                    organisations: organisations.map { ("organisation:" + $0.id.lowercased, $0.name) },
                    clusters: RegisterPermission(viewer: .public, bodies: bodies).clusters, people: people.map(\.name))
        }
    }

    /// An initiative as typed. The owner is `body:UUID` or `organisation:UUID`; the contact a person's name.
    struct InitiativeForm: PostedForm {
        enum Field: String, CaseIterable { case title, description, cluster, owner, contact, start, end, status }
        var values: [Field: String] = [:]
        var errors: [Field: RegisterText] = [:]

        init() {}

        init(_ initiative: Initiative, contact: String?) {
            values = [.title: initiative.title, .description: initiative.description ?? "", .cluster: initiative.cluster ?? "",
                      .owner: initiative.owningBodyID.map { "body:" + $0.lowercased }
                          ?? initiative.owningOrganisationID.map { "organisation:" + $0.lowercased } ?? "",
                      .contact: contact ?? "", .start: initiative.start?.iso ?? "", .end: initiative.end?.iso ?? "",
                      .status: initiative.status.rawValue]
        }

        /// The initiative, keeping `id`, or nil with the errors set. The cluster follows from an owning
        /// body that belongs to one, when none is chosen.
        mutating func initiative(id: UUID, lookup: Lookup, permission: RegisterPermission) -> Initiative? {
            errors = [:]
            let title = self[.title].trimmingCharacters(in: .whitespacesAndNewlines)
            if title.isEmpty { errors[.title] = .titleMissing }
            let owner = self[.owner].split(separator: ":", maxSplits: 1).map(String.init)
            var body: Body?
            var organisation: Organisation?
            if owner.count == 2, let id = UUID(uuidString: owner[1]) {
                if owner[0] == "body" { body = lookup.bodies.first { $0.id == id } }
                if owner[0] == "organisation" { organisation = lookup.organisations.first { $0.id == id } }
            }
            if body == nil, organisation == nil { errors[.owner] = .ownerMissing }
            var contact: Person?
            switch Person.named(self[.contact], among: lookup.people) {
            case .none: if !self[.contact].trimmingCharacters(in: .whitespaces).isEmpty { errors[.contact] = .contactUnknown }
            case let .one(person): contact = person
            case .several: errors[.contact] = .contactAmbiguous
            }
            let start = EnteredDate(self[.start].trimmingCharacters(in: .whitespaces))
            let end = EnteredDate(self[.end].trimmingCharacters(in: .whitespaces))
            if case .invalid = start { errors[.start] = .dateInvalid }
            if case .invalid = end { errors[.end] = .dateInvalid }
            if let start = start.day, let end = end.day, end < start { errors[.end] = .endBeforeStart }
            let cluster = permission.clusters.contains(self[.cluster]) ? self[.cluster] : body?.cluster
            // A secretary files initiatives under the clusters of their own bodies, or the whole region.
            if let cluster, !permission.viewer.isAdministrator, !permission.ownClusters.contains(cluster) {
                errors[.cluster] = .clusterNotYours
            }
            let initiative = Initiative(id: id, title: title, description: self[.description].trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty,
                                        cluster: cluster, owningBodyID: body?.id, owningOrganisationID: organisation?.id,
                                        contactPersonID: contact?.id, start: start.day, end: end.day,
                                        status: Initiative.Status(rawValue: self[.status]) ?? .ongoing)
            if errors[.owner] == nil, !permission.mayEdit(initiative) { errors[.owner] = .ownerNotYours }
            return errors.isEmpty ? initiative : nil
        }
    }
}

extension InitiativesPage.ListModel {
    static func query(viewer: Viewer, cluster: String, status: String, form: InitiativesPage.InitiativeForm = .init(),
                      on database: any Database) async throws -> Self {
        let store = Initiatives(database: database)
        let statusFilter = Initiative.Status(rawValue: status)
        let all = try await store.all().filter { initiative in
            (cluster.isEmpty || (cluster == "region" ? initiative.cluster == nil : initiative.cluster == cluster))
                && (statusFilter.map { $0 == initiative.status } ?? true)
        }
        let lookup = try await InitiativesPage.Lookup.load(on: database, viewer: viewer, contacts: all.map(\.contactPersonID))
        let items = try await store.itemIDs(of: all.map(\.id))
        let permission = RegisterPermission(viewer: viewer, bodies: lookup.bodies)
        return Self(
            tables: Initiative.tablesByCluster(all).map { table in
                (table.cluster, table.initiatives.map { lookup.row($0, itemCount: items[$0.id]?.count ?? 0) })
            },
            clusters: permission.clusters, clusterFilter: cluster, statusFilter: statusFilter, mayCreate: permission.mayCreate,
            choices: lookup.choices, form: form)
    }
}

extension InitiativesPage.Model {
    static func query(id: UUID, viewer: Viewer, form: InitiativesPage.InitiativeForm? = nil, on database: any Database) async throws -> Self? {
        let store = Initiatives(database: database)
        guard let initiative = try await store.find(id) else { return nil }
        let lookup = try await InitiativesPage.Lookup.load(on: database, viewer: viewer, contacts: [initiative.contactPersonID])
        let itemIDs = try await store.itemIDs(of: [id])[id] ?? []
        let items = ItemReference.inDateOrder(try await ItemReference.load(itemIDs, viewer: viewer, on: database).values)
        let row = lookup.row(initiative, itemCount: items.count)
        let permission = RegisterPermission(viewer: viewer, bodies: lookup.bodies)
        let readsEverything = permission.readsEverything(initiative)
        let contact = readsEverything ? initiative.contactPersonID.flatMap { id in lookup.people.first { $0.id == id } } : nil
        return Self(row: row, readsEverything: readsEverything, contactDetails: [contact?.email, contact?.phone].compactMap { $0 },
                    items: items, mayEdit: permission.mayEdit(initiative), choices: lookup.choices,
                    form: form ?? .init(initiative, contact: row.contact))
    }
}
