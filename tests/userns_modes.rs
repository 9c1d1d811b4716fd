//! Behaviour tests of `--userns=nomap` and `--userns=auto` as the unprivileged test users on
//! the Debian fixture: the user's own uid is not in the container's map, the image's files
//! show their owners (a root file is 0's, /etc/shadow is group shadow's), writes work and are
//! stored as the image's owners (a commit run under the default mapping shows them), exec
//! works in a detached container, and auto containers get ranges of their own. One-id mode
//! has no ids to move: both modes are the default mapping there, uid 0 = the user.

mod common;

const DEBIAN: &str = "debian.oci.tar";
const DEBIAN_IMAGE: &str = "localhost/den-debian";

/// The host ids (second column) of a uid_map's lines.
fn host_ids(map: &str) -> Vec<u32> {
    map.lines()
        .filter_map(|l| l.split_whitespace().nth(1)?.parse().ok())
        .collect()
}

#[test]
fn nomap_leaves_the_user_out_and_shows_the_images_owners() {
    for_each_user!(|user| {
        user.load_fixture(DEBIAN);
        let (uid, _) = user.host_ids();
        let out = user
            .den(&[
                "run",
                "--name",
                "nomap-writes",
                "--userns=nomap",
                DEBIAN_IMAGE,
                "sh",
                "-c",
                "cat /proc/self/uid_map; echo --; id -u; stat -c '%u %g' / /etc/passwd; \
                 stat -c %G /etc/shadow; echo w > /root/new && stat -c '%u %g' /root/new; \
                 cat /root/new; chown 33:33 /root/new 2>/dev/null; stat -c '%u %g' /root/new",
            ])
            .run();
        let stdout = out.success("nomap run");
        let (map, rest) = stdout.split_once("--\n").expect("the map, then the rest");
        let lines: Vec<&str> = rest.lines().collect();
        if user.subids {
            assert!(
                !host_ids(map).contains(&uid),
                "your uid {uid} is mapped: {map}"
            );
            assert!(map.trim_start().starts_with("0 "), "{map}");
        } else {
            assert!(host_ids(map).contains(&uid), "one-id mode maps you: {map}");
        }
        // One-id mode has one id: every file is 0's there, and chown to another fails.
        let (shadow, chowned) = if user.subids {
            ("shadow", "33 33")
        } else {
            ("root", "0 0")
        };
        assert_eq!(lines[..4], ["0", "0 0", "0 0", shadow], "{stdout}");
        assert_eq!(lines[4..], ["0 0", "w", chowned], "{stdout}");
        // The upper dir holds the image's owners: committed and run under the default
        // mapping, the new file is www-data's (33), /etc/passwd still root's.
        user.den(&["commit", "nomap-writes", "localhost/nomap-commit"])
            .run()
            .success("commit");
        let after = user
            .den(&[
                "run",
                "--rm",
                "localhost/nomap-commit",
                "stat",
                "-c",
                "%u %g",
                "/root/new",
                "/etc/passwd",
            ])
            .run()
            .success("the committed image");
        assert_eq!(after, format!("{chowned}\n0 0\n"));
        user.den(&["rm", "nomap-writes"]).run().success("rm");
        user.den(&["rmi", "localhost/nomap-commit"])
            .run()
            .success("rmi");
    });
}

#[test]
fn nomap_exec_in_a_detached_container_is_root_of_its_namespace() {
    for_each_user!(|user| {
        user.load_fixture(DEBIAN);
        let (uid, _) = user.host_ids();
        user.den(&[
            "run",
            "-d",
            "--name",
            "nomap-exec",
            "--userns=nomap",
            DEBIAN_IMAGE,
            "sleep",
            "300",
        ])
        .run()
        .success("detached nomap run");
        let out = user
            .den(&[
                "exec",
                "nomap-exec",
                "sh",
                "-c",
                "id -u; stat -c %U /etc/passwd; echo x > /tmp/e && cat /tmp/e; \
                 cat /proc/self/uid_map",
            ])
            .run();
        let stdout = out.success("exec");
        let lines: Vec<&str> = stdout.lines().collect();
        assert_eq!(lines[..3], ["0", "root", "x"], "{stdout}");
        let map = lines[3..].join("\n");
        assert_eq!(host_ids(&map).contains(&uid), !user.subids, "{stdout}");
        user.den(&["rm", "-f", "nomap-exec"]).run().success("rm -f");
    });
}

#[test]
fn auto_gets_a_range_of_its_own_of_podmans_default_size() {
    for_each_user!(|user| {
        user.load_fixture(DEBIAN);
        let (uid, _) = user.host_ids();
        let map = |args: &[&str]| -> String {
            let mut all = vec!["run", "--rm"];
            all.extend_from_slice(args);
            all.extend([DEBIAN_IMAGE, "cat", "/proc/self/uid_map"]);
            user.den(&all).run().success("auto run")
        };
        if !user.subids {
            assert!(host_ids(&map(&["--userns=auto"])).contains(&uid));
            return;
        }
        user.den(&[
            "run",
            "-d",
            "--name",
            "auto-first",
            "--userns=auto",
            DEBIAN_IMAGE,
            "sleep",
            "300",
        ])
        .run()
        .success("detached auto run");
        let first = user
            .den(&["exec", "auto-first", "cat", "/proc/self/uid_map"])
            .run()
            .success("exec");
        let second = map(&["--userns=auto"]);
        let shape = |m: &str| -> Vec<(u32, u32, u32)> {
            m.lines()
                .map(|l| {
                    let n: Vec<u32> = l.split_whitespace().map(|x| x.parse().unwrap()).collect();
                    (n[0], n[1], n[2])
                })
                .collect()
        };
        let (a, b) = (shape(&first), shape(&second));
        assert_eq!((a.len(), a[0].0, a[0].2), (1, 0, 1024), "{first}");
        assert_eq!((b.len(), b[0].0, b[0].2), (1, 0, 1024), "{second}");
        assert!(
            a[0].1 + 1024 <= b[0].1 || b[0].1 + 1024 <= a[0].1,
            "the two auto ranges overlap: {first} {second}"
        );
        assert!(!host_ids(&first).contains(&uid), "{first}");
        let mode = user
            .den(&[
                "inspect",
                "--format",
                "{{.HostConfig.UsernsMode}}",
                "auto-first",
            ])
            .run()
            .success("inspect");
        assert_eq!(mode.trim(), "private");
        let sized = shape(&map(&["--userns=auto:size=500"]));
        assert_eq!(sized[0].2, 500);
        let owners = user
            .den(&[
                "run",
                "--rm",
                "--userns=auto",
                DEBIAN_IMAGE,
                "sh",
                "-c",
                "stat -c '%u %G' /etc/passwd /etc/shadow; echo y > /y && cat /y",
            ])
            .run()
            .success("auto owners");
        assert_eq!(owners, "0 root\n0 shadow\ny\n");
        user.den(&[
            "run",
            "--rm",
            "--userns=auto:size=70000",
            DEBIAN_IMAGE,
            "true",
        ])
        .run()
        .code_is(125)
        .stderr_has("could not find enough available IDs");
        user.den(&["rm", "-f", "auto-first"]).run().success("rm -f");
    });
}
