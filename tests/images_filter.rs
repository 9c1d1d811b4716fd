//! Behaviour test of `den images --filter` (podman's keys) in a store of the test's own:
//! reference globs, id prefixes, dangling, before/since, and the error for an unknown key.

mod common;

use std::path::Path;

use common::{User, busybox_id, debian_id};

/// The ids `den images -q` prints with these filters, sorted.
fn ids(user: &User, store: &Path, filters: &[&str]) -> Vec<String> {
    let mut args = vec!["images", "-q", "--no-trunc"];
    for f in filters {
        args.extend(["--filter", f]);
    }
    let out = user.den_in(store, &args).run().success("images --filter");
    let mut ids: Vec<String> = out
        .lines()
        .map(|l| l.trim_start_matches("sha256:").to_string())
        .collect();
    ids.sort();
    ids
}

#[test]
fn images_filter_by_reference_id_dangling_before_since() {
    for_each_user!(|user| {
        let store = user.fresh_dir("images-filter-store");
        for f in ["busybox.docker.tar", "debian.oci.tar"] {
            user.den_in(&store, &["load", "-q", "-i", &common::fixture(f)])
                .run()
                .success("load");
        }
        user.den_in(&store, &["tag", busybox_id(), "localhost/app:v1"])
            .run()
            .success("tag");
        user.den_in(&store, &["tag", debian_id(), "localhost/deb:12"])
            .run()
            .success("tag");
        let (bb, deb) = (busybox_id().to_string(), debian_id().to_string());

        // reference: globs on the short or full name, with or without a tag.
        assert_eq!(ids(user, &store, &["reference=busy*"]), [bb.as_str()]);
        assert_eq!(ids(user, &store, &["reference=app:v1"]), [bb.as_str()]);
        assert_eq!(ids(user, &store, &["reference=localhost/*"]).len(), 2);
        assert!(ids(user, &store, &["reference=app:v2"]).is_empty());
        // Values of one key: any; different keys: all.
        assert_eq!(
            ids(user, &store, &["reference=app", "reference=deb"]).len(),
            2
        );
        assert!(ids(user, &store, &["reference=app", "id=c238"]).is_empty());
        // The table shows every name of the images that match, as podman.
        let table = user
            .den_in(&store, &["images", "--filter", "reference=app"])
            .run()
            .success("images table");
        assert!(table.contains("localhost/app"), "{table}");
        assert!(table.contains("localhost/busybox"), "{table}");
        assert!(!table.contains("den-debian"), "{table}");

        // The shortest prefixes (at least 4 digits) that tell the two ids apart.
        let differ = bb
            .bytes()
            .zip(deb.bytes())
            .take_while(|(a, b)| a == b)
            .count();
        let n = (differ + 1).max(4);
        let id_filter = format!("id={}", &deb[..n]);
        assert_eq!(ids(user, &store, &[&id_filter]), [deb.as_str()]);
        let id_filter = format!("id=sha256:{}", &bb[..n]);
        assert_eq!(ids(user, &store, &[&id_filter]), [bb.as_str()]);

        // before/since compare creation times with the named image's (the fixtures share
        // one; an imported image is newer).
        let new = user
            .den_in(
                &store,
                &[
                    "import",
                    &common::fixture("busybox-rootfs.tar"),
                    "localhost/new:1",
                ],
            )
            .run()
            .success("import")
            .trim()
            .trim_start_matches("sha256:")
            .to_string();
        assert_eq!(
            ids(user, &store, &["since=localhost/app:v1"]),
            [new.as_str()]
        );
        let mut older = vec![bb.clone(), deb.clone()];
        older.sort();
        assert_eq!(ids(user, &store, &["before=localhost/new:1"]), older);
        assert!(ids(user, &store, &["before=localhost/app:v1"]).is_empty());
        user.den_in(&store, &["rmi", "localhost/new:1"])
            .run()
            .success("rmi");

        // dangling: an image without names.
        assert!(ids(user, &store, &["dangling=true"]).is_empty());
        user.den_in(&store, &["untag", debian_id()])
            .run()
            .success("untag");
        assert_eq!(ids(user, &store, &["dangling=true"]), [deb.as_str()]);
        assert_eq!(ids(user, &store, &["dangling=false"]), [bb.as_str()]);

        // Bad filters: exit 125 with the valid keys.
        user.den_in(&store, &["images", "--filter", "colour=red"])
            .run()
            .code_is(125)
            .stderr_has("invalid filter \"colour\"")
            .stderr_has("dangling, reference, before, since, label, id");
        user.den_in(&store, &["images", "--filter", "since=nosuchimage"])
            .run()
            .code_is(125)
            .stderr_has("nosuchimage");
    });
}
