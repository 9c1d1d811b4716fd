//! Differential cases for image names (issue 9): what load, import, tag and commit name an
//! image, and which image a short name, `localhost/NAME`, a name in another registry or an
//! id prefix finds. podman 4.3 is the spec: an unqualified local name is stored as
//! `localhost/NAME:TAG`; a short name looks up `localhost/NAME`, then `docker.io/NAME`
//! (`library/` for one component), then any name ending in `/NAME:TAG`, the image stored
//! first winning.
//!
//! The cases of one suite share the stores and run in order: a later case sees the names an
//! earlier one's setup gave. Ids are normalised away, so which image a lookup found is told
//! by its names (`{{.RepoTags}}`).

mod common;

use common::differential::{Pair, case, run_cases};

const REPO_TAG: &str = "{{.Repository}}:{{.Tag}}";

#[test]
fn local_names_and_lookups_are_podmans() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "naming");
        let rootfs = common::fixture("busybox-rootfs.tar");
        let prefix = &common::busybox_id()[..7];
        let names = |name: &str, target: &str| {
            case(
                name,
                &["image", "inspect", "--format", "{{.RepoTags}}", target],
            )
            .stdout()
        };
        let cases = [
            // load: the fixture's RepoTag `busybox:latest` becomes localhost/busybox:latest.
            case("load names", &["images", "--format", REPO_TAG]).stdout(),
            // tag: short names under localhost/, names with a registry as given.
            case("tag names", &["images", "--format", REPO_TAG])
                .setup(&[
                    "tag",
                    "busybox",
                    "foo",
                    "bar:1",
                    "quay.io/x/y:2",
                    "docker.io/library/zed",
                ])
                .stdout(),
            names("lookup by short name", "foo"),
            names("lookup by localhost/NAME", "localhost/bar:1"),
            names("lookup by id prefix", prefix),
            names("lookup of another registry by last component", "y:2"),
            names("lookup of another registry by path", "x/y:2"),
            names("lookup of docker.io by short name", "zed"),
            names("lookup of docker.io by library/NAME", "library/zed"),
            names("lookup of docker.io by docker.io/NAME", "docker.io/zed"),
            case(
                "lookup needs the tag",
                &["image", "inspect", "--format", "{{.RepoTags}}", "y"],
            ),
            case(
                "lookup is not a substring",
                &["image", "inspect", "--format", "{{.RepoTags}}", "oo"],
            ),
            // images NAME is the reference filter; it shows all names of the images it keeps.
            case("images NAME", &["images", "--format", REPO_TAG, "foo"]).stdout(),
            case(
                "images last component",
                &["images", "--format", REPO_TAG, "y"],
            )
            .stdout(),
            case(
                "images pattern is not normalised",
                &["images", "--format", REPO_TAG, "docker.io/zed"],
            )
            .stdout(),
            case(
                "images --filter reference",
                &["images", "--format", REPO_TAG, "--filter", "reference=bar"],
            )
            .stdout(),
            case("history tags", &["history", "--format", "{{.Tags}}", "foo"]).stdout(),
            // import: a second image, named under localhost/.
            case("import names", &["images", "--format", REPO_TAG])
                .setup(&["import", &rootfs, "imp"])
                .unordered(),
            case("run by short name", &["run", "--rm", "imp", "echo", "ok"]).stdout(),
            // localhost/NAME comes before docker.io/library/NAME.
            names("localhost before docker.io", "zed").setup(&["tag", "imp", "localhost/zed"]),
            case(
                "images NAME of two images",
                &["images", "--format", REPO_TAG, "zed"],
            )
            .unordered(),
            // Two names ending in /v:1: the image stored first (busybox) wins.
            names("two suffix matches", "v:1")
                .setup(&["tag", "imp", "ghcr.io/s/v:1"])
                .setup(&["tag", "busybox", "quay.io/t/v:1"]),
            // commit: localhost/NAME:latest.
            case(
                "commit names",
                &["images", "--format", REPO_TAG, "committed"],
            )
            .setup(&["create", "--name", "c1", "busybox", "true"])
            .setup(&["commit", "-q", "c1", "committed"])
            .stdout(),
            // rmi of one of two names untags it only.
            case("rmi of one of two names", &["rmi", "foo"]).stdout(),
            case(
                "after rmi of one name",
                &["images", "--format", REPO_TAG, "busybox"],
            )
            .stdout(),
        ];
        run_cases(&pair, "naming", &cases);
    });
}
