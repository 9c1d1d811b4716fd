//! Shell completion of what is in the store: the committed scripts (completions/), loaded
//! into a real bash and fish as the unprivileged users, offer the names of the user's
//! containers, images and volumes where a command takes one, and nothing of the store where
//! it does not (a flag's value, the program after `run IMAGE`).

mod common;

use std::fs;
use std::path::{Path, PathBuf};

/// A store of the user's with busybox, a container `cpl-web` and a volume `cpl-vol`, and
/// the completion scripts copied where the user can read them.
fn setup(user: &common::User, name: &str) -> (PathBuf, PathBuf) {
    let dir = user.fresh_dir(&format!("completion-{name}"));
    let store = dir.join("store");
    let tar = common::fixtures().unwrap().join("busybox.docker.tar");
    let den = |args: &[&str]| user.den_in(&store, args).run().success(&args.join(" "));
    den(&["load", "-i", tar.to_str().unwrap()]);
    den(&["create", "--name", "cpl-web", "busybox", "true"]);
    den(&["volume", "create", "cpl-vol"]);
    // `den` on the PATH, as the user has it: the scripts run the command being completed.
    fs::create_dir_all(dir.join("bin")).unwrap();
    std::os::unix::fs::symlink(common::den_binary(), dir.join("bin/den")).unwrap();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    for file in ["den.bash", "den.fish"] {
        fs::copy(root.join("completions").join(file), dir.join(file)).unwrap();
    }
    (dir, store)
}

/// What bash completes for `line` (the words after the den binary; the last one is being
/// typed), one candidate per line, with or without bash-completion's helpers loaded.
fn bash(user: &common::User, dir: &Path, store: &Path, line: &[&str], helpers: bool) -> String {
    let mut words = vec!["den", "--root", store.to_str().unwrap()];
    words.extend_from_slice(line);
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let load = if helpers {
        "source /usr/share/bash-completion/bash_completion;"
    } else {
        ""
    };
    let script = format!(
        "PATH={dir}/bin:$PATH; {load} source {dir}/den.bash; COMP_WORDS=({words}); COMP_CWORD={cword}; \
         COMP_LINE=\"${{COMP_WORDS[*]}}\"; COMP_POINT=${{#COMP_LINE}}; \
         _den_with_store_names \"${{COMP_WORDS[0]}}\" \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"; \
         printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        dir = dir.display(),
        words = quoted.join(" "),
        cword = words.len() - 1,
    );
    let out = user
        .command("bash", &["-c", &script], true)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "bash completion failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn lines(text: &str) -> Vec<&str> {
    text.lines().filter(|l| !l.is_empty()).collect()
}

#[test]
fn bash_completes_names_from_the_store() {
    for_each_user!(|user| {
        let (dir, store) = setup(user, "bash");
        for helpers in [false, true] {
            let c = |line: &[&str]| bash(user, &dir, &store, line, helpers);
            assert_eq!(lines(&c(&["rm", ""])), ["cpl-web"], "rm");
            assert_eq!(
                lines(&c(&["container", "stop", "-t", "1", "cpl"])),
                ["cpl-web"]
            );
            assert_eq!(lines(&c(&["volume", "rm", ""])), ["cpl-vol"], "volume rm");
            assert_eq!(
                lines(&c(&["rmi", "local"])),
                ["localhost/busybox:latest"],
                "rmi"
            );
            let run = c(&["run", "--rm", "-it", ""]);
            assert!(
                lines(&run).contains(&"localhost/busybox:latest"),
                "run: {run}"
            );
            let inspect = lines(&c(&["inspect", ""])).join(" ");
            assert_eq!(inspect, "cpl-vol cpl-web localhost/busybox:latest");
            // A flag's value and the program's arguments are not store names.
            let name = c(&["run", "--name", ""]);
            assert!(
                !name.contains("cpl-web") && !name.contains("busybox"),
                "{name}"
            );
            let program = c(&["run", "busybox", ""]);
            assert!(!program.contains("localhost/busybox"), "{program}");
            // Flags still come from clap's part of the script.
            assert!(lines(&c(&["rm", "--for"])).contains(&"--force"));
        }
    });
}

#[test]
fn fish_completes_names_from_the_store() {
    for_each_user!(|user| {
        let (dir, store) = setup(user, "fish");
        let complete = |line: &str| {
            let script = format!(
                "set PATH {dir}/bin $PATH; source {dir}/den.fish; complete -C 'den --root {} {line}'",
                store.display(),
                dir = dir.display(),
            );
            let out = user
                .command("fish", &["-c", &script], true)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            String::from_utf8_lossy(&out.stdout).into_owned()
        };
        let rm = complete("rm ");
        assert!(lines(&rm).contains(&"cpl-web"), "fish rm: {rm}");
        assert!(!rm.contains("cpl-vol"), "fish rm: {rm}");
        let vol = complete("volume rm ");
        assert!(lines(&vol).contains(&"cpl-vol"), "fish volume rm: {vol}");
    });
}

#[test]
fn zsh_script_parses_and_uses_the_store_names() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let script = root.join("completions/_den");
    let out = std::process::Command::new("zsh")
        .args(["-n", script.to_str().unwrap()])
        .output();
    let Ok(out) = out else {
        require!(
            false,
            "zsh is not installed: run tests/setup/root.sh (as root)"
        );
        return;
    };
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = fs::read_to_string(script).unwrap();
    assert!(
        text.contains("':container -- "),
        "a positional spec is expected"
    );
    assert!(!text.contains("':container -- Container, by name, id or unique id prefix:_default'"));
    assert!(
        text.contains(
            "':container -- Container, by name, id or unique id prefix:_den_store_names'"
        )
    );
    assert!(text.contains("_den_store_names() {"));
}
