//! Unit tests of `plan_ns`: modes, the refusals podman makes, sysctls, devices.

use super::*;

fn facts() -> NsFacts {
    let mut containers = HashMap::new();
    containers.insert("web".to_string(), ("a".repeat(64), "webhost".to_string()));
    NsFacts {
        containers,
        host_hostname: "thehost".into(),
        ..NsFacts::default()
    }
}

fn plan(s: &NsSettings, network: Option<&str>, hostname: bool) -> Result<Planned> {
    plan_ns(s, network, hostname, &facts())
}

#[test]
fn modes_parse_as_podman() {
    let s = NsSettings {
        ipc: Some("container:web".into()),
        pid: Some("host".into()),
        uts: Some("private".into()),
        ..NsSettings::default()
    };
    let p = plan(&s, Some("container:web"), false).unwrap();
    let ns = &p.ns.namespaces;
    assert_eq!(ns.ipc, NsMode::Container("a".repeat(64)));
    assert_eq!(ns.pid, NsMode::Host);
    assert_eq!(ns.uts, NsMode::Private);
    // cgroup v1 (the facts' default): host, as podman there.
    assert_eq!(ns.cgroup, NsMode::Host);
    assert!(p.network_joined);
    assert_eq!(ns.joins().len(), 2);
    assert_eq!(ns.ipc.display(), format!("container:{}", "a".repeat(64)));
    let path = plan(&NsSettings::default(), Some("ns:/proc/1/ns/net"), false).unwrap();
    assert_eq!(
        path.ns.namespaces.net,
        NsMode::Path("/proc/1/ns/net".into())
    );
    for bad in ["bogus", "container:", "ns:relative"] {
        let s = NsSettings {
            pid: Some(bad.into()),
            ..NsSettings::default()
        };
        let err = plan(&s, None, false).err().unwrap().to_string();
        assert!(err.contains("unrecognized namespace mode"), "{bad}: {err}");
    }
    let s = NsSettings {
        pid: Some("shareable".into()),
        ..NsSettings::default()
    };
    assert!(
        plan(&s, None, false).is_err(),
        "shareable is for --ipc only"
    );
    let s = NsSettings {
        uts: Some("container:nosuch".into()),
        ..NsSettings::default()
    };
    let err = plan(&s, None, false).err().unwrap().to_string();
    assert!(
        err.contains("share uts namespace") && err.contains("\"nosuch\""),
        "{err}"
    );
}

#[test]
fn uts_of_another_decides_the_hostname() {
    let host = NsSettings {
        uts: Some("host".into()),
        ..NsSettings::default()
    };
    assert_eq!(
        plan(&host, None, false).unwrap().hostname.as_deref(),
        Some("thehost")
    );
    let err = plan(&host, None, true).err().unwrap().to_string();
    assert!(err.contains("cannot set hostname"), "{err}");
    let theirs = NsSettings {
        uts: Some("container:web".into()),
        ..NsSettings::default()
    };
    assert_eq!(
        plan(&theirs, None, false).unwrap().hostname.as_deref(),
        Some("webhost")
    );
    assert!(plan(&theirs, None, true).is_err());
}

#[test]
fn sysctls_follow_podman() {
    let with = |sysctl: &str, ipc: Option<&str>, net: Option<&str>| {
        let s = NsSettings {
            sysctls: vec![sysctl.into()],
            ipc: ipc.map(Into::into),
            ..NsSettings::default()
        };
        plan(&s, net, false).map(|p| p.ns.sysctls)
    };
    assert_eq!(
        with("kernel.shmmax=1000", None, None).unwrap(),
        [("kernel.shmmax".to_string(), "1000".to_string())]
    );
    assert!(with("net.ipv4.ping_group_range=0 0", None, Some("none")).is_ok());
    let err = |r: Result<Vec<(String, String)>>| r.err().unwrap().to_string();
    assert!(err(with("kernel.foo=1", None, None)).contains("'kernel.foo' is not allowed"));
    assert!(err(with("kernel.hostname=x", None, None)).contains("is not allowed"));
    assert!(err(with("kernel.shmmax", None, None)).contains("form of KEY=VALUE"));
    assert!(err(with("kernel.shmmax=1", Some("host"), None)).contains("IPC Namespace set to host"));
    assert!(
        err(with("net.ipv4.ip_forward=1", None, None)).contains("Network Namespace set to host")
    );
    assert!(with("net.ipv4.ip_forward=1", None, Some("container:web")).is_ok());
}

#[test]
fn devices_parse_as_podman() {
    let d = parse_device("/dev/null").unwrap();
    assert_eq!(
        (d.container.to_str(), d.perms.as_str()),
        (Some("/dev/null"), "rwm")
    );
    let d = parse_device("/dev/null:/dev/mydev:r").unwrap();
    assert_eq!(
        (d.container.to_str(), d.perms.as_str()),
        (Some("/dev/mydev"), "r")
    );
    let d = parse_device("/dev/fuse:rw").unwrap();
    assert_eq!(
        (d.container.to_str(), d.perms.as_str()),
        (Some("/dev/fuse"), "rw")
    );
    for (bad, phrase) in [
        ("/dev/null:mydev", "invalid device mode: mydev"),
        ("/dev/null:/dev/x:xyz", "invalid device mode: xyz"),
        ("/dev/null:/a:r:b", "invalid device specification"),
        ("null", "must be absolute"),
    ] {
        let err = parse_device(bad).unwrap_err().to_string();
        assert!(err.contains(phrase), "{bad}: {err}");
    }
    assert!(check_device_cgroup_rule("c 1:3 rwm").is_ok());
    assert!(check_device_cgroup_rule("a *:* rwm").is_ok());
    assert!(check_device_cgroup_rule("bogus").is_err());
}

#[test]
fn settings_merge_highest_first() {
    let low = NsSettings {
        ipc: Some("host".into()),
        sysctls: vec!["a=1".into()],
        ..NsSettings::default()
    };
    let high = NsSettings {
        ipc: Some("private".into()),
        sysctls: vec!["b=2".into()],
        privileged: Some(true),
        ..NsSettings::default()
    };
    let m = NsSettings::merge([&low, &NsSettings::default(), &high]);
    assert_eq!(m.ipc.as_deref(), Some("private"));
    assert_eq!(m.sysctls, ["a=1", "b=2"]);
    assert_eq!(m.privileged, Some(true));
    assert_eq!(
        high.joined_containers(Some("container:db")),
        [("network", "db".to_string())]
    );
}
