//! Differential cases for `cp`: the same copies through podman and den, compared by exit
//! code, by podman's key phrases and by what a later command shows.

mod common;

use common::differential::{Pair, case, run_cases};

#[test]
fn cp_as_podman() {
    for_each_user!(|user| {
        let pair = Pair::new(user, "cp");
        let host = user.fresh_dir("diff-cp-host");
        let file = host.join("f.txt");
        std::fs::write(&file, "hello\n").unwrap();
        let (uid, gid) = user.host_ids();
        for p in [&host, &file] {
            nix::unistd::chown(
                p,
                Some(nix::unistd::Uid::from_raw(uid)),
                Some(nix::unistd::Gid::from_raw(gid)),
            )
            .unwrap();
        }
        let f = file.to_str().unwrap();
        let h = host.to_str().unwrap();
        let missing = host.join("missing");
        let missing = missing.to_str().unwrap();
        let sleeping = [
            "run", "-d", "--name", "cpr", "-w", "/tmp", "busybox", "sleep", "100",
        ];
        let cases = [
            case(
                "cp into a running container, relative to its workdir",
                &["exec", "cpr", "cat", "/tmp/rel.txt"],
            )
            .setup(&sleeping)
            .setup(&["cp", f, "cpr:rel.txt"])
            .stdout(),
            case(
                "archive mode gives the container's user",
                &["exec", "cpr", "stat", "-c", "%u:%g", "/in.txt"],
            )
            .setup(&sleeping)
            .setup(&["cp", f, "cpr:/in.txt"])
            .stdout(),
            case(
                "cp out of a running container to -",
                &["cp", "cpr:/etc/passwd", "-"],
            )
            .setup(&sleeping),
            case("container to container", &["exec", "cpr", "cat", "/tmp/pw"])
                .setup(&sleeping)
                .setup(&["create", "--name", "cpc", "busybox", "true"])
                .setup(&["cp", "cpr:/etc/group", "cpc:/g"])
                .setup(&["cp", "cpc:/g", "cpr:/tmp/pw"])
                .stdout(),
            case("a missing container path", &["cp", "cpc:/nosuch", h])
                .setup(&["create", "--name", "cpc", "busybox", "true"])
                .stderr_has("could not be found on")
                .stderr_has("no such file or directory"),
            case("a missing host path", &["cp", missing, "cpc:/"])
                .setup(&["create", "--name", "cpc", "busybox", "true"])
                .stderr_has("could not be found on the host"),
            case("a missing container", &["cp", "nosuchctr:/etc", h]).stderr_has("does not exist"),
            case("a directory onto a file", &["cp", h, "cpc:/etc/passwd"])
                .setup(&["create", "--name", "cpc", "busybox", "true"])
                .stderr_has("destination must be a directory when copying a directory"),
            case(
                "/dev/stdout on a pipe",
                &["cp", "cpc:/etc/passwd", "/dev/stdout"],
            )
            .setup(&["create", "--name", "cpc", "busybox", "true"])
            .stderr_has("must be a directory or a regular file"),
        ];
        run_cases(&pair, "cp", &cases);
    });
}
