import Foundation
import Testing

/// Symbolic links planted for `--output` (issue 19, item 2): in a sticky folder anyone may write to (as /tmp), a
/// link owned by neither us nor the folder's owner is not written through, whatever fs.protected_symlinks says.
/// Needs root, to give links and the folder other owners.
@Suite(.serialized, .enabled(if: geteuid() == 0))
struct PlantedLinkEndToEndTests {
    @Test func aLinkPlantedByAnotherUserIsNotFollowed() throws {
        let folder = try Runner.temporaryFolder()
        let shared = folder.appendingPathComponent("shared")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: false)
        #expect(chmod(shared.path, 0o1777) == 0)
        // The folder belongs to another user (65533), as /tmp belongs to root while we are not root.
        #expect(chown(shared.path, 65533, 65533) == 0)
        let target = folder.appendingPathComponent("precious.csv")
        let old = Data("not to be overwritten\n".utf8)
        try old.write(to: target)
        /// A link in the shared folder to the target, owned by `owner`.
        func link(_ name: String, owner: uid_t) -> String {
            let path = shared.appendingPathComponent(name).path
            #expect(symlink(target.path, path) == 0)
            #expect(lchown(path, owner, owner) == 0)
            return path
        }
        let planted = link("planted.csv", owner: 65534)
        let refused = try Runner.run(["score", Runner.sampleInventory.path, "-o", planted, "--lang", "en"])
        #expect(refused.status == 73)
        #expect(refused.stderr.contains("--output \(planted) is a symbolic link in \(shared.path), a folder anyone may write to"),
                "\(refused.stderr)")
        #expect(refused.stderr.contains("(user id 65534)") && refused.stderr.contains("fs.protected_symlinks"))
        #expect(try Data(contentsOf: target) == old)
        let japanese = try Runner.run(["score", Runner.sampleInventory.path, "-o", planted, "--lang", "ja"])
        #expect(japanese.status == 73)
        #expect(japanese.stderr.contains("他のユーザーが仕掛けたおそれがある"), "\(japanese.stderr)")
        #expect(try Data(contentsOf: target) == old)
        // Links of ours, or of the folder's owner, are written through as before.
        for (name, owner) in [("ours.csv", geteuid()), ("folder-owner.csv", uid_t(65533))] {
            try old.write(to: target)
            let path = link(name, owner: owner)
            let written = try Runner.run(["score", Runner.sampleInventory.path, "-o", path, "--lang", "en"])
            #expect(written.status == 0, "\(name): \(written.stderr)")
            #expect(try Data(contentsOf: target) != old, "\(name)")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path) == target.path, "\(name) stays a link")
        }
    }
}
