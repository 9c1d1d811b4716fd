//! Unit tests of `plan::monitor`: log options, restart policies, health checks.

use super::*;

#[test]
fn log_drivers_and_options() {
    let req = |d: &str, opts: &[&str]| MonitorRequest {
        log_driver: Some(d.into()),
        log_opts: opts.iter().map(ToString::to_string).collect(),
        ..MonitorRequest::default()
    };
    let log = plan_log(&req("json-file", &["max-size=1k", "tag=x", "path=/tmp/l"])).unwrap();
    assert_eq!(log.driver, LogDriver::JsonFile);
    assert_eq!(log.max_size, Some(1000));
    assert_eq!(log.tag.as_deref(), Some("x"));
    assert_eq!(log.path, Some(PathBuf::from("/tmp/l")));
    assert!(plan_log(&req("journald", &[])).is_err());
    assert!(plan_log(&req("foo", &[])).is_err());
    assert!(plan_log(&req("k8s-file", &["max-size=abc"])).is_err());
    assert!(plan_log(&req("k8s-file", &["path=rel"])).is_err());
    assert_eq!(
        plan_log(&req("none", &["bogus=1"])).unwrap().driver,
        LogDriver::None
    );
    assert_eq!(parse_size("10MB").unwrap(), 10_000_000);
    assert_eq!(parse_size("1.5k").unwrap(), 1500);
    assert_eq!(parse_size("2KiB").unwrap(), 2000);
}

#[test]
fn restart_policies() {
    let p = plan_restart(Some("on-failure:3"), false).unwrap();
    assert_eq!(p.name, RestartName::OnFailure);
    assert!(p.restarts_after(1, 2));
    assert!(!p.restarts_after(1, 3));
    assert!(!p.restarts_after(0, 0));
    assert!(
        plan_restart(Some("always"), false)
            .unwrap()
            .restarts_after(0, 99)
    );
    assert!(plan_restart(Some("always"), true).is_err());
    assert!(plan_restart(Some("no"), true).is_ok());
    assert!(plan_restart(Some("always:3"), false).is_err());
    assert!(plan_restart(Some("on-failure:x"), false).is_err());
    assert!(plan_restart(Some("bogus"), false).is_err());
    assert_eq!(plan_restart(None, false).unwrap().inspect_name(), "");
}

#[test]
fn health_from_flags_and_image() {
    let req = MonitorRequest {
        health_cmd: Some("test -e /ok".into()),
        health_interval: Some("1s".into()),
        health_retries: Some(2),
        ..MonitorRequest::default()
    };
    let h = plan_health(&req, None).unwrap().unwrap();
    assert_eq!(h.test, ["CMD-SHELL", "test -e /ok"]);
    assert_eq!(h.argv().unwrap(), ["/bin/sh", "-c", "test -e /ok"]);
    assert_eq!(
        (h.interval, h.retries, h.timeout),
        (1_000_000_000, 2, DEFAULT_TIMEOUT)
    );
    let image = ImageHealth {
        test: vec!["CMD".into(), "true".into()],
        interval: 5_000_000_000,
        ..ImageHealth::default()
    };
    let h = plan_health(&MonitorRequest::default(), Some(&image))
        .unwrap()
        .unwrap();
    assert_eq!(h.argv().unwrap(), ["true"]);
    assert_eq!(h.interval, 5_000_000_000);
    let none = MonitorRequest {
        no_healthcheck: true,
        ..MonitorRequest::default()
    };
    assert!(plan_health(&none, Some(&image)).unwrap().is_none());
    assert_eq!(
        parse_health_cmd(r#"["CMD","false"]"#).unwrap(),
        ["CMD", "false"]
    );
    assert_eq!(
        parse_health_cmd(r#"["ls","/"]"#).unwrap(),
        ["CMD", "ls", "/"]
    );
    assert_eq!(parse_health_cmd("none").unwrap(), ["NONE"]);
    let bad = MonitorRequest {
        health_on_failure: Some("explode".into()),
        ..req.clone()
    };
    assert!(plan_health(&bad, None).is_err());
    let orphan = MonitorRequest {
        health_retries: Some(2),
        ..MonitorRequest::default()
    };
    assert!(plan_health(&orphan, None).unwrap().is_none());
}
