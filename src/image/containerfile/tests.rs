//! The parser and instruction meanings on Containerfiles in the style of popular projects.

use std::collections::HashMap;

use super::ops::{Command, Op, RunMount, op};
use super::*;

fn sh() -> Vec<String> {
    vec!["/bin/sh".into(), "-c".into()]
}

fn ops_of(text: &str, vars: &[(&str, &str)]) -> Vec<Op> {
    let cf = parse(text, "Containerfile").unwrap();
    let map: HashMap<String, String> = vars
        .iter()
        .map(|(k, v)| ((*k).to_string(), (*v).to_string()))
        .collect();
    let lookup = |n: &str| map.get(n).cloned();
    cf.stages
        .iter()
        .flat_map(|s| std::iter::once(&s.from).chain(&s.instructions))
        .map(|i| op(&cf, i, &lookup, &sh()).unwrap())
        .collect()
}

const GO_SERVICE: &str = r#"# syntax=docker/dockerfile:1.4
# A two-stage build, as Go services write them.
ARG GO_VERSION=1.21
FROM golang:${GO_VERSION}-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod \
    go mod download
COPY . .
RUN CGO_ENABLED=0 go build \
      # the binary is static
      -o /out/server ./cmd/server

FROM gcr.io/distroless/static:nonroot
COPY --from=build --chown=65532:65532 /out/server /server
USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["/server"]
"#;

#[test]
fn go_service_stages_directives_and_continuations() {
    let cf = parse(GO_SERVICE, "Containerfile").unwrap();
    assert_eq!(cf.syntax.as_deref(), Some("docker/dockerfile:1.4"));
    assert_eq!(cf.meta_args.len(), 1);
    assert_eq!(cf.stages.len(), 2);
    let run = &cf.stages[0].instructions[2];
    assert_eq!(run.keyword, "RUN");
    assert_eq!(run.line, 7);
    assert_eq!(run.flag("mount"), Some("type=cache,target=/go/pkg/mod"));
    assert_eq!(run.args, "go mod download");
    // The comment line inside the continuation is dropped.
    let build = &cf.stages[0].instructions[4];
    assert_eq!(
        build.args,
        "CGO_ENABLED=0 go build       -o /out/server ./cmd/server"
    );
    assert_eq!(build.line, 10);
    let ops = ops_of(GO_SERVICE, &[("GO_VERSION", "1.22")]);
    assert_eq!(
        ops[0],
        Op::From {
            image: "golang:1.22-bookworm".into(),
            alias: Some("build".into()),
            platform: None
        }
    );
    match &ops[3] {
        Op::Run { mounts, .. } => assert_eq!(
            mounts[0],
            RunMount {
                kind: "cache".into(),
                target: "/go/pkg/mod".into(),
                ..RunMount::default()
            }
        ),
        other => panic!("{other:?}"),
    }
    match &ops[7] {
        Op::Copy {
            from, chown, dest, ..
        } => {
            assert_eq!(from.as_deref(), Some("build"));
            assert_eq!(chown.as_deref(), Some("65532:65532"));
            assert_eq!(dest, "/server");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(ops[9], Op::Expose(vec!["8080/tcp".into()]));
    assert_eq!(
        ops[10],
        Op::Entrypoint(Command::Exec(vec!["/server".into()]))
    );
}

const NGINX_LIKE: &str = r#"FROM debian:bookworm-slim
LABEL maintainer="NGINX Docker Maintainers <docker-maint@nginx.com>"
ENV NGINX_VERSION   1.25.3
ENV NJS_VERSION=0.8.2 \
    PKG_RELEASE="1~bookworm" \
    PATH_WITH_SPACE="/opt/my app"
RUN set -x \
    && groupadd --system --gid 101 nginx \
    && apt-get update
COPY docker-entrypoint.sh /
STOPSIGNAL SIGQUIT
HEALTHCHECK --interval=30s --timeout=3s CMD curl -f http://localhost/ || exit 1
VOLUME ["/var/cache/nginx"]
CMD ["nginx", "-g", "daemon off;"]
"#;

#[test]
fn env_forms_labels_healthcheck_and_volume() {
    let ops = ops_of(NGINX_LIKE, &[]);
    assert_eq!(
        ops[1],
        Op::Label(vec![(
            "maintainer".into(),
            "NGINX Docker Maintainers <docker-maint@nginx.com>".into()
        )])
    );
    assert_eq!(
        ops[2],
        Op::Env(vec![("NGINX_VERSION".into(), "1.25.3".into())])
    );
    assert_eq!(
        ops[3],
        Op::Env(vec![
            ("NJS_VERSION".into(), "0.8.2".into()),
            ("PKG_RELEASE".into(), "1~bookworm".into()),
            ("PATH_WITH_SPACE".into(), "/opt/my app".into()),
        ])
    );
    assert_eq!(ops[6], Op::StopSignal("SIGQUIT".into()));
    match &ops[7] {
        Op::Healthcheck(h) => {
            assert_eq!(h.test, ["CMD-SHELL", "curl -f http://localhost/ || exit 1"]);
            assert_eq!(h.interval, 30_000_000_000);
            assert_eq!(h.timeout, 3_000_000_000);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(ops[8], Op::Volume(vec!["/var/cache/nginx".into()]));
    assert_eq!(
        ops[9],
        Op::Cmd(Command::Exec(vec![
            "nginx".into(),
            "-g".into(),
            "daemon off;".into()
        ]))
    );
}

#[test]
fn substitution_rules() {
    let vars: HashMap<&str, &str> = [("A", "x"), ("E", "")].into_iter().collect();
    let look = |n: &str| vars.get(n).map(|s| (*s).to_string());
    let ex = |t: &str| expand(t, '\\', &look).unwrap();
    assert_eq!(ex("$A/${A}"), "x/x");
    assert_eq!(ex("${MISSING:-def}"), "def");
    assert_eq!(ex("${E:-def}|${E-def}"), "def|");
    assert_eq!(ex("${A:+alt}|${MISSING:+alt}"), "alt|");
    assert_eq!(ex("\\$A"), "$A");
    assert_eq!(ex("'$A'"), "$A");
    assert_eq!(ex("\"$A b\""), "x b");
    assert_eq!(ex("${MISSING:-${A}y}"), "xy");
    assert!(expand("${MISSING:?must be set}", '\\', &look).is_err());
    assert_eq!(
        expand_words("a \"b c\" $A", '\\', &look).unwrap(),
        ["a", "b c", "x"]
    );
}

#[test]
fn escape_directive_for_windows_style_files() {
    let text = "# escape=`\nFROM busybox\nRUN echo a `\n    b\nCOPY a\\b c\\d\n";
    let cf = parse(text, "Dockerfile").unwrap();
    assert_eq!(cf.escape, '`');
    assert_eq!(cf.stages[0].instructions[0].args, "echo a     b");
    // With the backtick as escape, a backslash is an ordinary character.
    match &ops_of(text, &[])[2] {
        Op::Copy { sources, dest, .. } => {
            assert_eq!(sources, &["a\\b"]);
            assert_eq!(dest, "c\\d");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn heredocs_in_run_and_copy() {
    let text = "FROM busybox\nARG WHO=world\nRUN <<EOF\necho one\necho two\nEOF\nRUN cat > /x <<-END\n\thello\n\tEND\nCOPY <<EOT /greeting\nhi $WHO\nEOT\nCOPY <<'RAW' /raw\n$WHO\nRAW\n";
    let ops = ops_of(text, &[("WHO", "you")]);
    assert_eq!(
        ops[2],
        Op::Run {
            command: Command::Shell("echo one\necho two\n".into()),
            mounts: vec![],
            network: None
        }
    );
    match &ops[3] {
        Op::Run {
            command: Command::Shell(s),
            ..
        } => assert_eq!(s, "cat > /x <<-END\nhello\nEND"),
        other => panic!("{other:?}"),
    }
    match &ops[4] {
        Op::Copy {
            sources, heredocs, ..
        } => {
            assert_eq!(sources, &["<<EOT"]);
            assert_eq!(heredocs[0].body, "hi you\n");
        }
        other => panic!("{other:?}"),
    }
    match &ops[5] {
        Op::Copy { heredocs, .. } => assert_eq!(heredocs[0].body, "$WHO\n"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn errors_name_file_line_and_instruction() {
    let e = parse("FROM busybox\n\nCOPY onlyone\n", "ctx/Containerfile")
        .unwrap_err()
        .to_string();
    assert!(e.starts_with("ctx/Containerfile:3: COPY:"), "{e}");
    let e = parse("FROM busybox\nFETCH x\n", "Containerfile")
        .unwrap_err()
        .to_string();
    assert!(
        e.contains(":2:") && e.contains("unknown instruction \"FETCH\""),
        "{e}"
    );
    let e = parse("RUN true\nFROM busybox\n", "F")
        .unwrap_err()
        .to_string();
    assert!(e.contains("only ARG may come before the first FROM"), "{e}");
    let e = parse("FROM busybox\nSHELL /bin/bash -c\n", "F")
        .unwrap_err()
        .to_string();
    assert!(e.contains("exec form"), "{e}");
    let e = parse("FROM busybox\nRUN --bogus true\n", "F")
        .unwrap_err()
        .to_string();
    assert!(e.contains("unknown flag --bogus"), "{e}");
    let e = parse("FROM busybox\nCOPY --parents a/ /b/\n", "F")
        .unwrap_err()
        .to_string();
    assert!(e.contains("--parents is not supported by den build"), "{e}");
    let e = parse("FROM busybox\nONBUILD FROM x\n", "F")
        .unwrap_err()
        .to_string();
    assert!(e.contains("not allowed in ONBUILD"), "{e}");
    assert!(parse("FROM busybox\nRUN <<EOF\nx\n", "F").is_err());
    assert!(parse("# just a comment\n", "F").is_err());
}

#[test]
fn shell_arg_user_workdir_and_platform() {
    let text = "ARG BASE=busybox\nFROM --platform=$BUILDPLATFORM ${BASE} AS base\nSHELL [\"/bin/ash\", \"-eo\", \"pipefail\", \"-c\"]\nARG V=1 W\nWORKDIR /app/$V\nUSER ${U:-1000}:1000\nMAINTAINER someone\nONBUILD RUN echo hi\nCMD echo $HOME\n";
    let ops = ops_of(
        text,
        &[
            ("BASE", "alpine"),
            ("V", "2"),
            ("BUILDPLATFORM", "linux/amd64"),
        ],
    );
    assert_eq!(
        ops[0],
        Op::From {
            image: "alpine".into(),
            alias: Some("base".into()),
            platform: Some("linux/amd64".into())
        }
    );
    assert_eq!(
        ops[1],
        Op::Shell(vec![
            "/bin/ash".into(),
            "-eo".into(),
            "pipefail".into(),
            "-c".into()
        ])
    );
    assert_eq!(
        ops[2],
        Op::Arg(vec![("V".into(), Some("1".into())), ("W".into(), None)])
    );
    assert_eq!(ops[3], Op::Workdir("/app/2".into()));
    assert_eq!(ops[4], Op::User("1000:1000".into()));
    assert_eq!(ops[5], Op::Maintainer("someone".into()));
    assert_eq!(ops[6], Op::Onbuild("RUN echo hi".into()));
    // CMD's shell form is not expanded by the builder.
    assert_eq!(ops[7], Op::Cmd(Command::Shell("echo $HOME".into())));
}

#[test]
fn durations() {
    assert_eq!(ops::duration_ns("1m30s"), Some(90_000_000_000));
    assert_eq!(ops::duration_ns("250ms"), Some(250_000_000));
    assert_eq!(ops::duration_ns("5"), None);
}
