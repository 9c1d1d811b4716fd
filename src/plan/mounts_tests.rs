//! Unit tests of `plan::mounts`: podman's `-v` and `--mount` spellings and errors.

use super::*;

#[test]
fn volume_specs() {
    let v = parse_volume("/a:/b:ro").unwrap();
    assert_eq!(v.source, VolumeSource::Path("/a".into()));
    assert!(v.read_only);
    let v = parse_volume("data:/b:U,z,nocopy,noexec").unwrap();
    assert_eq!(v.source, VolumeSource::Named("data".into()));
    assert!(v.options.chown && v.nocopy && v.options.noexec && !v.read_only);
    assert_eq!(
        parse_volume("/data").unwrap().source,
        VolumeSource::Anonymous
    );
    let v = parse_volume("/data:ro").unwrap();
    assert!(v.source == VolumeSource::Anonymous && v.read_only);
    assert!(parse_volume("/h:/c:O").unwrap().overlay);
    for bad in [
        "/a:b",
        "/a:/b:bogus",
        "bad name:/b",
        ":/b",
        "/a:/b:ro:rw",
        "data",
    ] {
        assert!(parse_volume(bad).is_err(), "{bad}");
    }
    let err = parse_volume("/a:/b:bogus").unwrap_err().to_string();
    assert!(err.contains("invalid option type \"bogus\""), "{err}");
}

// `-v DIR:/` got as far as the child, which failed with "opening /dev/null: ENOENT".
#[test]
fn mount_onto_the_root_is_refused() {
    for spec in ["/srv:/", "/srv:/.", "/srv://:ro", "data:/"] {
        let err = parse_volume(spec).unwrap_err().to_string();
        assert!(
            err.contains("cannot mount over the container's root"),
            "{spec}: {err}"
        );
    }
    assert!(parse_mount("type=bind,src=/srv,dst=/").is_err());
    assert!(parse_tmpfs("/").is_err());
    assert!(parse_volume("/srv:/srv").is_ok());
}

#[test]
fn mount_specs_follow_podman() {
    let m =
        parse_mount("type=bind,source=/srv,target=/s,readonly,bind-propagation=rslave").unwrap();
    assert_eq!(m.source, VolumeSource::Path("/srv".into()));
    assert!(m.read_only && m.target == Path::new("/s"));
    let m = parse_mount("type=volume,dst=/v").unwrap();
    assert_eq!(m.source, VolumeSource::Anonymous);
    let m = parse_mount("type=volume,src=cache,destination=/v,ro=false").unwrap();
    assert!(m.source == VolumeSource::Named("cache".into()) && !m.read_only);
    let m = parse_mount("type=tmpfs,dst=/t,tmpfs-size=1m").unwrap();
    assert_eq!(m.source, VolumeSource::Tmpfs("size=1m,mode=1777".into()));
    let err = |s: &str| format!("{:#}", parse_mount(s).unwrap_err());
    assert!(err("src=/a,dst=/b").contains("incorrect mount format"));
    assert!(err("type=foo,dst=/b").contains("invalid filesystem type \"foo\""));
    assert!(err("type=bind,src=/a").contains("must set volume destination"));
    assert!(err("type=bind,src=/a,dst=/b,bogus=1").contains("bogus: invalid mount option"));
    assert!(err("type=bind,src=/a,dst=/b,ro=maybe").contains("must be set to true or false"));
    assert!(err("type=tmpfs,src=/a,dst=/b").contains("source is not supported with tmpfs"));
    assert!(err("type=bind,src=/a,dst=rel").contains("must be an absolute path"));
    assert!(err("type=volume,src=a@b,dst=/b").contains("names must match"));
    assert!(err("type=bind,src=/a,dst=/b,bind-propagation=x").contains("invalid option type"));
}

#[test]
fn tmpfs_parse() {
    let UserMount::Tmpfs {
        target,
        options,
        read_only,
        ..
    } = parse_tmpfs("/scratch:size=1m,ro").unwrap()
    else {
        panic!()
    };
    assert_eq!(target, PathBuf::from("/scratch"));
    assert_eq!(options, "size=1m,mode=1777");
    assert!(read_only);
    assert!(parse_tmpfs("scratch").is_err());
}

#[test]
fn relabel_requests_are_seen() {
    let with = |v: &[&str], m: &[&str]| RunSettings {
        volumes: v.iter().map(ToString::to_string).collect(),
        mounts: m.iter().map(ToString::to_string).collect(),
        ..RunSettings::default()
    };
    assert!(asks_relabel(&with(&["/a:/b:ro,z"], &[])));
    assert!(asks_relabel(&with(&["v:/b:Z"], &[])));
    assert!(asks_relabel(&with(
        &[],
        &["type=bind,src=/a,dst=/b,relabel=private"]
    )));
    assert!(!asks_relabel(&with(
        &["/a:/b:ro", "/z"],
        &["type=volume,dst=/z"]
    )));
}

#[test]
fn anonymous_names_are_64_hex_and_per_target() {
    let a = anonymous_name("c1", Path::new("/data"));
    assert_eq!(a.len(), 64);
    assert!(a.chars().all(|c| c.is_ascii_hexdigit()));
    assert_eq!(a, anonymous_name("c1", Path::new("/data")));
    assert_ne!(a, anonymous_name("c2", Path::new("/data")));
    assert_ne!(a, anonymous_name("c1", Path::new("/other")));
}
