//! The parts of den's man pages that clap's definitions cannot hold: EXIT STATUS and
//! EXAMPLES. tests/generated.rs appends them to the page clap_mangen renders, so every page
//! of a command has the same exit codes as the code that returns them (`error::exit_code`,
//! podman's 125/126/127) and examples that are checked into the repository next to the flags.
//!
//! Pages are keyed by the command's words after `den` (`run`, `volume ls`); the aliases
//! podman has (`container run`, `image ls`, ...) share their command's sections.

/// The command words a man page's file stem names: `den-container-run` -> `run`.
fn canonical(stem: &str) -> String {
    let words = stem
        .strip_prefix("den")
        .unwrap_or(stem)
        .trim_start_matches('-');
    let words = words.replace('-', " ");
    let alias = match words.as_str() {
        "container list" | "container ls" | "container ps" => "ps",
        "image ls" | "image list" => "images",
        "image rm" => "rmi",
        "image build" | "buildx build" => "build",
        "container exists" | "image exists" | "volume exists" | "exists" => "exists",
        other => other,
    };
    if let Some(rest) = alias.strip_prefix("container ")
        && rest != "prune"
    {
        return rest.to_string();
    }
    if let Some(rest) = alias.strip_prefix("image ")
        && !matches!(rest, "prune" | "inspect" | "exists")
    {
        return rest.to_string();
    }
    alias.to_string()
}

/// Exit codes of a command that runs a container program in the foreground.
const RUNS_A_PROGRAM: &[(&str, &str)] = &[
    (
        "125",
        "den itself failed: a bad flag, an image that cannot be found, a store or namespace error.",
    ),
    (
        "126",
        "The program was found but could not be executed (permission denied, not executable).",
    ),
    ("127", "The program was not found in the container."),
    (
        "other",
        "The program's own exit status; 128+N when it was killed by signal N.",
    ),
];

/// The EXIT STATUS entries of the page for `stem`, as (code, meaning).
pub fn exit_status(stem: &str) -> Vec<(&'static str, &'static str)> {
    let ok = ("0", "Success.");
    let failed = (
        "125",
        "den failed; the error says what and, where den knows it, the fix.",
    );
    match canonical(stem).as_str() {
        "run" | "exec" | "start" | "attach" | "restart" => {
            let mut codes = vec![(
                "0",
                "The program exited with status 0 (detached: the container started).",
            )];
            codes.extend_from_slice(RUNS_A_PROGRAM);
            codes
        }
        "exists" => vec![
            ("0", "The object exists."),
            ("1", "No object of that name or id exists."),
            failed,
        ],
        "rm" | "rmi" | "volume rm" => vec![
            ok,
            (
                "1",
                "An argument names no such object (and `--ignore` was not given).",
            ),
            (
                "2",
                "The object is in use by a container; nothing was removed (`-f` removes the users too).",
            ),
            failed,
        ],
        "stop" | "kill" | "wait" | "inspect" | "logs" | "pause" | "unpause" => vec![
            ok,
            ("125", "den failed, or an argument names no such container."),
        ],
        "doctor" => vec![
            ("0", "Every check passed or only warned."),
            (
                "1",
                "At least one check FAILed; each is followed by a `fix:` line.",
            ),
        ],
        _ => vec![ok, failed],
    }
}

/// The EXAMPLES of the page for `stem`, as (what it does, command lines).
pub fn examples(stem: &str) -> &'static [(&'static str, &'static str)] {
    match canonical(stem).as_str() {
        "" => &[
            (
                "A Debian shell, pulled on first use",
                "den run --rm -it debian bash",
            ),
            (
                "A project's tests in a throwaway container",
                "den run --rm -v \"$PWD:/src\" -w /src debian make test",
            ),
            (
                "What den will do on this machine, and what to fix",
                "den doctor",
            ),
        ],
        "run" => &[
            (
                "An interactive shell, removed on exit",
                "den run --rm -it debian bash",
            ),
            (
                "The working tree mounted, the exit code passed through",
                "den run --rm -v \"$PWD:/src\" -w /src debian make test\necho $?",
            ),
            (
                "A detached container with a name, then its output",
                "den run -d --name web busybox httpd -f -p 8080\nden logs web",
            ),
            (
                "Read-only root, a tmpfs and no network",
                "den run --rm --read-only --tmpfs /tmp --network none busybox ls /tmp",
            ),
        ],
        "create" => &[(
            "Create now, start later and attach",
            "den create --name job busybox echo hello\nden start -a job",
        )],
        "exec" => &[
            ("A shell in a running container", "den exec -it web sh"),
            (
                "One command with extra environment, in another directory",
                "den exec -e DEBUG=1 -w /tmp web env",
            ),
        ],
        "ps" => &[
            ("Every container, running or not", "den ps -a"),
            (
                "Names and states only, for a script",
                "den ps -a --format '{{.Names}} {{.State}}'",
            ),
            (
                "Ids of exited containers",
                "den ps -a -q --filter status=exited",
            ),
        ],
        "images" => &[
            ("Local images", "den images"),
            (
                "Name, tag and id in a script",
                "den images --format '{{.Repository}}:{{.Tag}} {{.ID}}'",
            ),
        ],
        "rm" => &[
            ("Remove a stopped container", "den rm job"),
            (
                "Remove every container, stopping the running ones at once",
                "den rm -a -f -t 0",
            ),
        ],
        "rmi" => &[
            ("Remove an image by name", "den rmi busybox"),
            (
                "Remove it and the containers that use it",
                "den rmi -f busybox",
            ),
        ],
        "pull" => &[
            (
                "Pull from a registry",
                "den pull docker.io/library/debian:bookworm",
            ),
            (
                "Pull from a local registry without TLS",
                "den pull --tls-verify=false localhost:5000/app:1.0",
            ),
        ],
        "push" => &[(
            "Push to a local registry",
            "den push --tls-verify=false app:1.0 localhost:5000/app:1.0",
        )],
        "build" => &[
            (
                "Build the Containerfile in this directory",
                "den build -t app .",
            ),
            (
                "One stage of a multi-stage build, with a build argument",
                "den build --target test --build-arg VERSION=1.2 -t app:test .",
            ),
        ],
        "commit" => &[(
            "Save a container's changes as an image",
            "den commit job localhost/job:snapshot",
        )],
        "cp" => &[
            ("A file out of a container", "den cp web:/etc/os-release ."),
            ("A directory into it", "den cp ./site web:/var/www"),
        ],
        "logs" => &[
            ("Follow a container's output", "den logs -f web"),
            ("The last ten lines with times", "den logs --tail 10 -t web"),
        ],
        "inspect" => &[(
            "One field of a container",
            "den inspect --format '{{.State.Status}}' web",
        )],
        "save" => &[(
            "An image to a docker-archive tarball",
            "den save -o busybox.tar busybox",
        )],
        "load" => &[("Images from a tarball", "den load -i busybox.tar")],
        "import" => &[(
            "An image from a root filesystem tarball",
            "den import rootfs.tar localhost/rootfs:latest",
        )],
        "export" => &[(
            "A container's filesystem as a tarball",
            "den export -o job.tar job",
        )],
        "stop" => &[(
            "Stop a container, killing it after 2 seconds",
            "den stop -t 2 web",
        )],
        "wait" => &[(
            "Wait for a container and print its exit code",
            "den wait job",
        )],
        "volume create" => &[(
            "A named volume used by two containers",
            "den volume create data\nden run --rm -v data:/data busybox touch /data/x\nden run --rm -v data:/data busybox ls /data",
        )],
        "volume ls" => &[("Volume names only", "den volume ls --format '{{.Name}}'")],
        "unshare" => &[(
            "Remove a file of a subordinate uid in den's store",
            "den unshare rm -rf ~/.local/share/den/tmp/leftover",
        )],
        "info" => &[(
            "The storage driver den chose",
            "den info --format '{{.Store.GraphDriverName}}'",
        )],
        "system prune" => &[(
            "Everything unused, volumes included, without asking",
            "den system prune -a -f --volumes",
        )],
        "events" => &[(
            "What happened in the last hour",
            "den events --since 1h --stream=false",
        )],
        _ => &[],
    }
}

/// Escapes text for a roff line: backslashes, and a leading `.` or `'` that would be read as
/// a request.
fn roff_escape(line: &str) -> String {
    let text = line.replace('\\', "\\e").replace('-', "\\-");
    if text.starts_with('.') || text.starts_with('\'') {
        format!("\\&{text}")
    } else {
        text
    }
}

/// One option as the SYNOPSIS shows it: `[-t|--time=SECONDS]`, the value name in italics.
fn synopsis_option(arg: &clap::Arg) -> String {
    let mut names = Vec::new();
    if let Some(c) = arg.get_short() {
        names.push(format!("\\fB\\-{c}\\fR"));
    }
    if let Some(l) = arg.get_long() {
        names.push(format!("\\fB\\-\\-{}\\fR", roff_escape(l)));
    }
    let mut text = format!("[{}", names.join("|"));
    if arg.get_action().takes_values() {
        let value = arg
            .get_value_names()
            .map_or_else(|| arg.get_id().as_str().to_uppercase(), |v| v.join(" "));
        let optional = arg.get_num_args().is_some_and(|n| n.min_values() == 0);
        let sep = if arg.get_long().is_some() { "=" } else { " " };
        let value = format!("{sep}\\fI{}\\fR", roff_escape(&value));
        if optional {
            text.push('[');
            text.push_str(&value);
            text.push(']');
        } else {
            text.push_str(&value);
        }
    }
    text.push(']');
    text
}

/// The SYNOPSIS section: the command, its own options with their value names, then its
/// positionals (clap_mangen's lists options without values, and every global flag on every
/// page). Global flags appear as `[GLOBAL OPTIONS]`, described in den(1) and under OPTIONS.
pub fn synopsis(cmd: &clap::Command) -> String {
    let name = cmd.get_bin_name().unwrap_or_else(|| cmd.get_name());
    let is_root = !name.contains(' ');
    let mut parts = vec![format!("\\fB{}\\fR", roff_escape(name))];
    let mut has_global = false;
    for arg in cmd.get_arguments() {
        if arg.is_hide_set() || arg.is_positional() {
            continue;
        }
        if arg.is_global_set() && !is_root {
            has_global = true;
            continue;
        }
        parts.push(synopsis_option(arg));
    }
    if has_global {
        parts.push("[\\fIGLOBAL OPTIONS\\fR]".to_string());
    }
    for arg in cmd.get_positionals().filter(|a| !a.is_hide_set()) {
        let value = arg
            .get_value_names()
            .map_or_else(|| arg.get_id().as_str().to_uppercase(), |v| v.join(" "));
        let repeats = arg.get_num_args().is_some_and(|n| n.max_values() > 1);
        let dots = if repeats { "..." } else { "" };
        if arg.is_required_set() {
            parts.push(format!("\\fI{}\\fR{dots}", roff_escape(&value)));
        } else {
            parts.push(format!("[\\fI{}\\fR]{dots}", roff_escape(&value)));
        }
    }
    if cmd.has_subcommands() {
        parts.push("\\fICOMMAND\\fR".to_string());
    }
    format!(".SH SYNOPSIS\n{}\n", parts.join(" "))
}

/// The roff source of the EXIT STATUS and EXAMPLES sections for the page named `stem`.
pub fn sections(stem: &str) -> String {
    use std::fmt::Write;
    let mut page = String::from(".SH \"EXIT STATUS\"\n");
    for (code, meaning) in exit_status(stem) {
        let _ = write!(page, ".TP\n\\fB{code}\\fR\n{}\n", roff_escape(meaning));
    }
    let examples = examples(stem);
    if !examples.is_empty() {
        page.push_str(".SH EXAMPLES\n");
        for (what, lines) in examples {
            let _ = write!(page, ".PP\n{}\n.PP\n.RS 4\n.nf\n", roff_escape(what));
            for line in lines.lines() {
                page.push_str(&roff_escape(line));
                page.push('\n');
            }
            page.push_str(".fi\n.RE\n");
        }
    }
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_share_their_command_sections() {
        assert_eq!(canonical("den-container-run"), "run");
        assert_eq!(canonical("den-image-ls"), "images");
        assert_eq!(canonical("den-image-rm"), "rmi");
        assert_eq!(canonical("den-container-prune"), "container prune");
        assert_eq!(canonical("den-image-prune"), "image prune");
        assert_eq!(canonical("den-volume-ls"), "volume ls");
        assert_eq!(canonical("den"), "");
        assert_eq!(examples("den-container-run"), examples("den-run"));
    }

    #[test]
    fn run_pages_list_the_program_exit_codes() {
        let codes: Vec<_> = exit_status("den-run").iter().map(|c| c.0).collect();
        assert_eq!(codes, ["0", "125", "126", "127", "other"]);
        let exists: Vec<_> = exit_status("den-volume-exists")
            .iter()
            .map(|c| c.0)
            .collect();
        assert_eq!(exists, ["0", "1", "125"]);
    }

    #[test]
    fn roff_requests_in_text_are_escaped() {
        assert_eq!(roff_escape(".hidden"), "\\&.hidden");
        assert_eq!(roff_escape("a\\b -x"), "a\\eb \\-x");
        let run = crate::cli::full_command();
        let run = run.find_subcommand("rm").unwrap();
        let line = synopsis(run);
        assert!(
            line.contains("[\\fB\\-t\\fR|\\fB\\-\\-time\\fR=\\fISECONDS\\fR]"),
            "{line}"
        );
        assert!(line.ends_with("[\\fICONTAINER\\fR]...\n"), "{line}");
        let page = sections("den-run");
        assert!(page.contains(".SH EXAMPLES\n"));
        assert!(page.contains("den run \\-\\-rm \\-it debian bash\n"));
    }
}
