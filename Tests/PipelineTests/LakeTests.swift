import Crypto
import Foundation
import Testing

@testable import Pipeline

@Suite struct LakeTests {
    @Test func identicalContentIsStoredOnceButEveryIngestIsRecorded() throws {
        let fixture = try Fixture()
        try fixture.build()
        try fixture.build()
        try fixture.write("source_erp/PX_CAT_G1V2.csv", Fixture.files["source_erp/PX_CAT_G1V2.csv"]! + "CL_CA,Clothing,Caps,No\n")
        try fixture.build()
        let manifest = try Lake(directory: fixture.lake).manifest()
        #expect(manifest.count == 18)
        let categories = manifest.filter { $0.file == "source_erp/PX_CAT_G1V2.csv" }
        #expect(categories.map(\.newObject) == [true, false, true])
        #expect(categories.map(\.rows) == [3, 3, 4])
        #expect(Set(categories.map(\.sha256)).count == 2)
        let stored = try FileManager.default.contentsOfDirectory(atPath: fixture.lake + "/source_erp/PX_CAT_G1V2.csv")
        #expect(stored.count == 2)
    }

    @Test func lakeObjectsAreReadOnlyCopiesWithTheirChecksum() throws {
        let fixture = try Fixture()
        let lake = Lake(directory: fixture.lake)
        let object = try lake.ingest(sourcePath: fixture.source + "/source_crm/cust_info.csv", as: "source_crm/cust_info.csv")
        let path = lake.absolutePath(of: object)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(Fixture.files["source_crm/cust_info.csv"]!.utf8))
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o444)
        #expect(object.rows == 9)
        let expected = SHA256.hash(data: Data(Fixture.files["source_crm/cust_info.csv"]!.utf8)).map { String(format: "%02x", $0) }.joined()
        #expect(object.sha256 == expected)
    }
}
