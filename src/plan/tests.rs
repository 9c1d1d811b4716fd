//! Unit tests of `build` and `plan_exec`: precedence of the layers, the image config and den's
//! defaults, and the bad requests they refuse. No privileges, no files.

use super::*;

fn host_env(name: &str) -> Option<String> {
    (name == "HOME_VAR").then(|| "fromhost".to_string())
}

fn facts() -> HostFacts<'static> {
    HostFacts {
        id: "0123456789abcdef".repeat(4),
        mapping: IdMapping {
            uids: vec![],
            gids: vec![],
            one_id: true,
            one_id_reason: None,
            free_range: None,
        },
        rootfs: RootfsSource::Dir("/rootfs".into()),
        image_id: Some("f".repeat(64)),
        image_name: "img".into(),
        store_dir: "/store/containers/x".into(),
        scratch: "/run/scratch".into(),
        volumes_dir: "/store/volumes".into(),
        names: crate::network::names::NameFacts {
            resolv: "nameserver 192.0.2.1\n".into(),
            ..Default::default()
        },
        network_helper: Some(crate::network::HelperKind::Pasta),
        env_files: HashMap::new(),
        bind_sources: HashMap::new(),
        volumes_from: Vec::new(),
        host_env: &host_env,
        arg_max: 2 << 20,
        host_vars: vec![("http_proxy".into(), "http://p:1".into())],
        label_files: HashMap::new(),
        localtime: None,
        ns: NsFacts::default(),
        networks: crate::network::bridge::NetworkFacts::default(),
    }
}

fn image() -> ImageDefaults {
    ImageDefaults {
        entrypoint: vec!["/entry".into()],
        cmd: vec!["default".into()],
        env: vec!["PATH=/img/bin".into(), "A=1".into()],
        working_dir: Some("/srv".into()),
        user: Some("nobody".into()),
        volumes: Vec::new(),
        labels: BTreeMap::new(),
        stop_signal: None,
        healthcheck: None,
        exposed_ports: vec!["80/tcp".into()],
    }
}

fn flags(settings: RunSettings) -> RunRequest {
    RunRequest {
        image: "img".into(),
        flags: settings,
        ..RunRequest::default()
    }
}

fn plan(request: &RunRequest) -> Result<RunPlan> {
    build(request, &image(), &facts())
}

fn command(words: &[&str]) -> Vec<String> {
    words.iter().map(ToString::to_string).collect()
}

#[test]
fn entrypoint_and_cmd_follow_podman() {
    let argv = |s: RunSettings| plan(&flags(s)).unwrap().process.argv;
    assert_eq!(argv(RunSettings::default()), ["/entry", "default"]);
    let cmd = command(&["x", "y"]);
    assert_eq!(
        argv(RunSettings {
            command: cmd.clone(),
            ..RunSettings::default()
        }),
        ["/entry", "x", "y"]
    );
    let ep = |e: &str, c: &[&str]| RunSettings {
        entrypoint: Some(e.into()),
        command: command(c),
        ..RunSettings::default()
    };
    assert_eq!(argv(ep("/bin/sh", &[])), ["/bin/sh"]);
    assert_eq!(argv(ep("", &["ls"])), ["ls"]);
    assert_eq!(argv(ep(r#"["a","b"]"#, &["c"])), ["a", "b", "c"]);
    let err = build(
        &flags(RunSettings::default()),
        &ImageDefaults::default(),
        &facts(),
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("no command given"), "{err}");
}

#[test]
fn env_order_and_overrides() {
    let p = plan(&flags(RunSettings {
        env: command(&["A=2", "HOME_VAR", "UNSET_VAR"]),
        ..RunSettings::default()
    }))
    .unwrap();
    let env = &p.process.env;
    assert_eq!(
        env[0], "PATH=/img/bin",
        "the image's PATH replaces den's in place"
    );
    assert!(env.contains(&"A=2".to_string()) && !env.contains(&"A=1".to_string()));
    assert!(env.contains(&"HOME_VAR=fromhost".to_string()));
    assert!(!env.iter().any(|e| e.starts_with("UNSET_VAR")));
    assert!(env.contains(&format!("HOSTNAME={}", &p.id[..12])));
    assert!(env.contains(&"container=den".to_string()));
    let bare = ImageDefaults {
        cmd: vec!["x".into()],
        ..ImageDefaults::default()
    };
    let p = build(&flags(RunSettings::default()), &bare, &facts()).unwrap();
    assert!(p.process.env.contains(&format!("PATH={DEFAULT_PATH}")));
}

#[test]
fn env_files_come_before_the_flags_and_say_where_a_bad_line_is() {
    let mut f = facts();
    f.env_files
        .insert("/e".into(), "# comment\n\nA=file\nB=file\n".into());
    let request = flags(RunSettings {
        env_files: vec!["/e".into()],
        env: command(&["B=flag"]),
        ..RunSettings::default()
    });
    let env = build(&request, &image(), &f).unwrap().process.env;
    assert!(env.contains(&"A=file".to_string()) && env.contains(&"B=flag".to_string()));
    f.env_files.insert("/e".into(), "OK=1\n=bad\n".into());
    let err = format!("{:#}", build(&request, &image(), &f).unwrap_err());
    assert!(err.contains("env file \"/e\", line 2"), "{err}");
}

/// The same setting from every layer: flag > den.toml > config.toml > image > den's default.
#[test]
fn flags_override_den_toml_over_config_toml_over_the_image() {
    let layer = |tag: &str| RunSettings {
        env: vec![format!("A={tag}"), format!("{tag}=1")],
        workdir: Some(format!("/{tag}")),
        user: Some(tag.into()),
        hostname: Some(tag.into()),
        ..RunSettings::default()
    };
    let mut request = RunRequest {
        image: "img".into(),
        flags: layer("flag"),
        project: layer("project"),
        config: layer("config"),
        ..RunRequest::default()
    };
    let env_a = |p: &RunPlan| {
        p.process
            .env
            .iter()
            .find(|e| e.starts_with("A="))
            .cloned()
            .unwrap()
    };
    let p = plan(&request).unwrap();
    assert_eq!(
        (
            env_a(&p).as_str(),
            p.process.cwd.to_str(),
            p.process.user.as_str(),
            p.hostname.as_str()
        ),
        ("A=flag", Some("/flag"), "flag", "flag")
    );
    for tag in ["config", "project", "flag"] {
        assert!(p.process.env.contains(&format!("{tag}=1")), "lists join");
    }
    request.flags = RunSettings::default();
    let p = plan(&request).unwrap();
    assert_eq!(
        (env_a(&p).as_str(), p.process.user.as_str()),
        ("A=project", "project")
    );
    request.project = RunSettings::default();
    let p = plan(&request).unwrap();
    assert_eq!(
        (env_a(&p).as_str(), p.process.user.as_str()),
        ("A=config", "config")
    );
    request.config = RunSettings::default();
    let p = plan(&request).unwrap();
    assert_eq!(
        (
            env_a(&p).as_str(),
            p.process.cwd.to_str(),
            p.process.user.as_str()
        ),
        ("A=1", Some("/srv"), "nobody"),
        "the image's"
    );
    assert_eq!(p.hostname, &p.id[..12], "den's default");
    let p = build(
        &request,
        &ImageDefaults {
            cmd: vec!["x".into()],
            ..ImageDefaults::default()
        },
        &facts(),
    )
    .unwrap();
    assert_eq!(
        (p.process.cwd.to_str(), p.process.user.as_str()),
        (Some("/"), "0")
    );
}

// `--network host` did not override run.network = "none": "host" was the flag's default
// and so read as "not given".
#[test]
fn network_host_flag_overrides_config_none() {
    let mut request = RunRequest {
        image: "img".into(),
        config: RunSettings {
            network: Some("none".into()),
            ..RunSettings::default()
        },
        ..RunRequest::default()
    };
    let p = plan(&request).unwrap();
    assert_eq!((p.network, p.etc_resolv.as_str()), (Network::None, ""));
    request.flags.network = Some("host".into());
    let p = plan(&request).unwrap();
    assert_eq!(p.network, Network::Host);
    assert_eq!(p.etc_resolv, "nameserver 192.0.2.1\n");
    // The default is a private network, with the helper den found.
    assert_eq!(
        plan(&flags(RunSettings::default())).unwrap().network,
        Network::Pasta(vec![])
    );
}

#[test]
fn publish_all_takes_the_image_and_expose_ports() {
    let p = plan(&flags(RunSettings {
        publish: vec!["127.0.0.1:8080:80".into()],
        publish_all: Some(true),
        expose: vec!["53/udp".into(), "9000".into()],
        ..RunSettings::default()
    }))
    .unwrap();
    let keys: Vec<String> = p.ports.iter().map(PortMapping::key).collect();
    assert_eq!(keys, ["80/tcp", "53/udp", "9000/tcp"]);
    assert_eq!(p.ports[0].host_port, 8080);
    assert_eq!(p.exposed, ["80/tcp", "53/udp", "9000/tcp"]);
    // --network host publishes nothing (podman discards the mappings with a warning).
    let p = plan(&flags(RunSettings {
        publish: vec!["8080:80".into()],
        network: Some("host".into()),
        ..RunSettings::default()
    }))
    .unwrap();
    assert!(p.ports.is_empty());
}

#[test]
fn dns_and_hosts_flags_reach_the_files() {
    let p = plan(&flags(RunSettings {
        dns: vec!["9.9.9.9".into()],
        add_host: vec!["db:10.1.2.3".into()],
        ..RunSettings::default()
    }))
    .unwrap();
    assert_eq!(p.etc_resolv, "nameserver 9.9.9.9\n");
    let hosts = p.etc_hosts.unwrap();
    assert!(hosts.starts_with("10.1.2.3\tdb\n"), "{hosts}");
    let p = plan(&flags(RunSettings {
        no_hosts: Some(true),
        ..RunSettings::default()
    }))
    .unwrap();
    assert_eq!(p.etc_hosts, None);
}

#[test]
fn capabilities_start_from_config_then_add_and_drop() {
    let request = RunRequest {
        image: "img".into(),
        config: RunSettings {
            capabilities: Some(command(&["chown", "kill"])),
            ..RunSettings::default()
        },
        flags: RunSettings {
            cap_add: command(&["NET_RAW"]),
            cap_drop: command(&["kill"]),
            ..RunSettings::default()
        },
        ..RunRequest::default()
    };
    let p = plan(&request).unwrap();
    assert_eq!(p.capabilities, ["CAP_CHOWN", "CAP_NET_RAW"]);
    let p = plan(&flags(RunSettings::default())).unwrap();
    assert_eq!(p.capabilities.len(), DEFAULT_CAPABILITIES.len());
    assert!(p.seccomp && !p.read_only && !p.remove);
}

#[test]
fn mounts_resolve_named_volumes_and_bind_sources() {
    let mut f = facts();
    f.bind_sources
        .insert("./here".into(), "/home/u/here".into());
    let request = flags(RunSettings {
        volumes: command(&["./here:/h:ro", "data:/d"]),
        tmpfs: command(&["/t"]),
        ..RunSettings::default()
    });
    let p = build(&request, &image(), &f).unwrap();
    assert_eq!(
        p.mounts[..2],
        [
            UserMount::Bind {
                source: "/home/u/here".into(),
                target: "/h".into(),
                read_only: true,
                volume: None,
                options: MountOptions::default(),
            },
            UserMount::Bind {
                source: "/store/volumes/data/_data".into(),
                target: "/d".into(),
                read_only: false,
                volume: Some("data".into()),
                options: MountOptions {
                    copy_up: true,
                    ..MountOptions::default()
                },
            },
        ]
    );
    assert!(matches!(&p.mounts[2], UserMount::Tmpfs { target, .. } if target == Path::new("/t")));
    assert_eq!(
        bind_sources(&request.flags).unwrap(),
        [PathBuf::from("./here")]
    );
}

#[test]
fn anonymous_and_image_volumes() {
    let mut img = image();
    img.volumes = vec!["/data".into(), "/cache".into()];
    let request = flags(RunSettings {
        volumes: command(&["/scratch", "named:/cache"]),
        mounts: command(&["type=volume,dst=/m"]),
        ..RunSettings::default()
    });
    let p = build(&request, &img, &facts()).unwrap();
    let targets: Vec<_> = p.mounts.iter().map(|m| m.target().to_path_buf()).collect();
    // The image's /cache is covered by the user's mount, its /data gets a volume.
    assert_eq!(
        targets,
        [
            PathBuf::from("/scratch"),
            "/cache".into(),
            "/m".into(),
            "/data".into()
        ]
    );
    let id = facts().id;
    assert_eq!(
        p.mounts[0].volume(),
        Some(anonymous_name(&id, Path::new("/scratch")).as_str())
    );
    assert_eq!(p.mounts[1].volume(), Some("named"));
    assert_eq!(
        p.mounts[3].volume(),
        Some(anonymous_name(&id, Path::new("/data")).as_str())
    );
    let plain = build(&flags(RunSettings::default()), &img, &facts()).unwrap();
    assert_eq!(plain.mounts.len(), 2);
}

#[test]
fn duplicate_destinations_are_refused() {
    for (volumes, tmpfs, mounts) in [
        (vec!["/tmp:/a", "/var:/a"], vec![], vec![]),
        (vec!["/tmp:/a"], vec!["/a/"], vec![]),
        (vec!["v:/a"], vec![], vec!["type=tmpfs,dst=/a"]),
    ] {
        let mut f = facts();
        for src in ["/tmp", "/var"] {
            f.bind_sources.insert(src.into(), src.into());
        }
        let request = flags(RunSettings {
            volumes: command(&volumes),
            tmpfs: command(&tmpfs),
            mounts: command(&mounts),
            ..RunSettings::default()
        });
        let err = build(&request, &image(), &f).unwrap_err().to_string();
        assert!(err.contains("/a: duplicate mount destination"), "{err}");
    }
}

#[test]
fn overlay_mounts_write_into_the_container() {
    let mut f = facts();
    f.bind_sources.insert("/src".into(), "/src".into());
    let request = flags(RunSettings {
        volumes: command(&["/src:/o:O"]),
        ..RunSettings::default()
    });
    let p = build(&request, &image(), &f).unwrap();
    let UserMount::Overlay { source, upper, .. } = &p.mounts[0] else {
        panic!("{:?}", p.mounts[0]);
    };
    assert_eq!(source, Path::new("/src"));
    assert!(
        upper.starts_with("/store/containers/x"),
        "{}",
        upper.display()
    );
}

#[test]
fn bad_requests_are_refused() {
    let refused = |s: RunSettings, want: &str| {
        let err = format!("{:#}", plan(&flags(s)).unwrap_err());
        assert!(err.contains(want), "expected {want:?}: {err}");
    };
    let s = RunSettings::default;
    refused(
        RunSettings {
            workdir: Some("rel".into()),
            ..s()
        },
        "not an absolute path",
    );
    refused(
        RunSettings {
            network: Some("mynet".into()),
            ..s()
        },
        "network not found",
    );
    refused(
        RunSettings {
            env: command(&["=x"]),
            ..s()
        },
        "invalid environment variable",
    );
    refused(
        RunSettings {
            volumes: command(&["data:/"]),
            ..s()
        },
        "over the container's root",
    );
    refused(
        RunSettings {
            tmpfs: command(&["/"]),
            ..s()
        },
        "over the container's root",
    );
    refused(
        RunSettings {
            cap_add: command(&["bogus"]),
            ..s()
        },
        "unknown capability",
    );
    refused(
        RunSettings {
            security_opt: command(&["seccomp=/x.json"]),
            ..s()
        },
        "not supported",
    );
    refused(
        RunSettings {
            capabilities: Some(command(&["bogus"])),
            ..s()
        },
        "run.default_capabilities",
    );
    let mut request = flags(s());
    request.name = Some("a/b".into());
    assert!(plan(&request).is_err());
    request.name = Some("web-1".into());
    assert_eq!(plan(&request).unwrap().name, "web-1");
}

// A 200,000-entry image Env made den spin for minutes (a quadratic merge); now it is merged
// in linear time and refused as too large for execve.
#[test]
fn huge_image_env_is_refused_quickly_as_e2big() {
    let big = ImageDefaults {
        env: (0..200_000).map(|i| format!("V{i}={i}")).collect(),
        ..image()
    };
    let start = std::time::Instant::now();
    let err = build(&flags(RunSettings::default()), &big, &facts())
        .unwrap_err()
        .to_string();
    assert!(
        start.elapsed() < std::time::Duration::from_secs(20),
        "{:?}",
        start.elapsed()
    );
    assert!(
        // The image's, then PATH, TERM, the host's http_proxy, HOSTNAME and container.
        err.contains("E2BIG") && err.contains("200005 variables"),
        "{err}"
    );
}

#[test]
fn exec_takes_the_containers_process_under_its_flags() {
    let base = plan(&flags(RunSettings::default())).unwrap().process;
    let request = ExecRequest {
        command: command(&["sh"]),
        env: command(&["A=2", "HOME_VAR"]),
        tty: true,
        ..ExecRequest::default()
    };
    let p = plan_exec(&base, &request, &host_env, 2 << 20).unwrap();
    assert_eq!(
        (p.argv.as_slice(), p.cwd.to_str(), p.user.as_str()),
        (&["sh".to_string()][..], Some("/srv"), "nobody")
    );
    assert!(p.env.contains(&"A=2".to_string()) && !p.env.contains(&"A=1".to_string()));
    assert!(
        p.env.contains(&"TERM=xterm".to_string())
            && p.env.contains(&"HOME_VAR=fromhost".to_string())
    );
    let request = ExecRequest {
        workdir: Some("rel".into()),
        user: Some("1:1".into()),
        ..request
    };
    assert!(plan_exec(&base, &request, &host_env, 2 << 20).is_err());
    let request = ExecRequest {
        workdir: Some("/tmp".into()),
        ..request
    };
    let p = plan_exec(&base, &request, &host_env, 2 << 20).unwrap();
    assert_eq!((p.cwd.to_str(), p.user.as_str()), (Some("/tmp"), "1:1"));
}

#[test]
fn process_flags_reach_the_plan() {
    let mut request = flags(RunSettings::default());
    let p = plan(&request).unwrap();
    // podman: TERM with or without -t; the host's proxy variables; its default stop settings.
    assert!(p.process.env.contains(&"TERM=xterm".to_string()));
    assert!(p.process.env.contains(&"http_proxy=http://p:1".to_string()));
    assert_eq!((p.config.stop_signal, p.config.stop_timeout), (15, 10));
    assert!(p.config.create_workdir, "the image's WorkingDir is created");
    request.flags.workdir = Some("/w".into());
    request.process.http_proxy = Some(false);
    request.process.stop_signal = Some("HUP".into());
    request.process.labels = vec!["k=v".into()];
    let p = plan(&request).unwrap();
    assert!(!p.config.create_workdir, "a --workdir is not created");
    assert!(!p.process.env.iter().any(|e| e.starts_with("http_proxy=")));
    assert_eq!(p.config.stop_signal, 1);
    assert_eq!(p.config.labels["k"], "v");
    let stops = ImageDefaults {
        stop_signal: Some("SIGQUIT".into()),
        ..image()
    };
    let p = build(&flags(RunSettings::default()), &stops, &facts()).unwrap();
    assert_eq!(p.config.stop_signal, 3);
}

#[test]
fn containerenv_is_empty_rootless_and_has_podmans_keys_privileged() {
    let p = plan(&flags(RunSettings::default())).unwrap();
    assert_eq!(containerenv_text(false, &p), "");
    let text = containerenv_text(true, &p);
    let keys: Vec<&str> = text
        .lines()
        .filter_map(|l| l.split_once('=').map(|(k, _)| k))
        .collect();
    assert_eq!(
        keys,
        ["engine", "name", "id", "image", "imageid", "rootless"]
    );
    assert!(text.contains(&format!("id=\"{}\"\n", p.id)), "{text}");
    assert!(
        text.contains(&format!("imageid=\"{}\"\n", "f".repeat(64))),
        "{text}"
    );
    assert!(text.ends_with("rootless=1\n"), "{text}");
}

#[test]
fn privileged_and_namespaces_in_the_plan() {
    let p = plan(&flags(RunSettings {
        ns: NsSettings {
            privileged: Some(true),
            uts: Some("host".into()),
            ..NsSettings::default()
        },
        ..RunSettings::default()
    }))
    .unwrap();
    assert!(!p.seccomp, "no seccomp filter with --privileged");
    assert_eq!(
        p.capabilities.len(),
        caps::all().len(),
        "{:?}",
        p.capabilities
    );
    assert!(p.ns.privileged);
    assert_eq!(p.ns.namespaces.uts, NsMode::Host);
    // The config layer's --ipc is overridden by the flag's.
    let mut request = flags(RunSettings {
        ns: NsSettings {
            ipc: Some("none".into()),
            ..NsSettings::default()
        },
        ..RunSettings::default()
    });
    request.config.ns.ipc = Some("host".into());
    let p = plan(&request).unwrap();
    assert_eq!(p.ns.namespaces.ipc, NsMode::None);
    assert_eq!(p.ns.limits.umask, 0o022);
}
