use super::*;

fn r(container: u32, host: u32, count: u32) -> IdRange {
    IdRange {
        container,
        host,
        count,
    }
}

/// alice, uid/gid 1000, range 200000:65536.
fn default() -> IdMapping {
    IdMapping {
        uids: vec![r(0, 1000, 1), r(1, 200_000, 65536)],
        gids: vec![r(0, 1000, 1), r(1, 200_000, 65536)],
        one_id: false,
        one_id_reason: None,
        free_range: None,
    }
}

#[test]
fn parses_podmans_modes_and_refuses_the_rest() {
    assert_eq!(UsernsMode::parse(None).unwrap(), UsernsMode::Host);
    assert_eq!(UsernsMode::parse(Some("")).unwrap(), UsernsMode::Host);
    assert_eq!(UsernsMode::parse(Some("host")).unwrap(), UsernsMode::Host);
    assert_eq!(UsernsMode::parse(Some("nomap")).unwrap(), UsernsMode::NoMap);
    assert_eq!(
        UsernsMode::parse(Some("keep-id:uid=200,gid=300")).unwrap(),
        UsernsMode::KeepId {
            uid: Some(200),
            gid: Some(300)
        }
    );
    assert_eq!(
        UsernsMode::parse(Some("auto:size=500,uidmapping=0:1:10")).unwrap(),
        UsernsMode::Auto {
            size: Some(500),
            uidmapping: vec![r(0, 1, 10)],
            gidmapping: vec![]
        }
    );
    let msg = |s: &str| format!("{:#}", UsernsMode::parse(Some(s)).unwrap_err());
    assert!(msg("bogus").contains("unrecognized namespace mode bogus passed"));
    assert!(msg("host:x").contains("unrecognized namespace mode host:x passed"));
    assert!(msg("keep-id:uid=x").contains("parsing \"x\": invalid syntax"));
    assert!(msg("keep-id:foo=1").contains("unknown option specified: \"foo\""));
    assert!(msg("auto:foo").contains("invalid option specified: \"foo\""));
    assert!(msg("ns:/proc/1/ns/user").contains("not supported"));
}

#[test]
fn keep_id_maps_the_user_to_itself_as_podman() {
    let m = UsernsMode::parse(Some("keep-id"))
        .unwrap()
        .mapping(&default())
        .unwrap();
    // podman: 0:1:1000, 1000:0:1, 1001:1001:64536 in intermediate ids.
    assert_eq!(
        m.uids,
        vec![
            r(0, 200_000, 1000),
            r(1000, 1000, 1),
            r(1001, 201_000, 64536)
        ]
    );
    assert_eq!(m.gids, m.uids);
    assert_eq!(m.max_uid(), 65536);
    let m = UsernsMode::parse(Some("keep-id:uid=200,gid=300"))
        .unwrap()
        .mapping(&default())
        .unwrap();
    assert_eq!(
        m.uids,
        vec![r(0, 200_000, 200), r(200, 1000, 1), r(201, 200_200, 65336)]
    );
    assert_eq!(m.gids[1], r(300, 1000, 1));
    // A uid past the range: the whole range below it.
    let m = UsernsMode::KeepId {
        uid: Some(70_000),
        gid: None,
    }
    .mapping(&default())
    .unwrap();
    assert_eq!(m.uids, vec![r(0, 200_000, 65536), r(70_000, 1000, 1)]);
}

#[test]
fn nomap_and_auto_leave_the_user_out() {
    let m = UsernsMode::NoMap.mapping(&default()).unwrap();
    assert_eq!(m.uids, vec![r(0, 200_000, 65536)]);
    let auto = |s: &str| UsernsMode::parse(Some(s)).unwrap().mapping(&default());
    assert_eq!(auto("auto").unwrap().uids, vec![r(0, 200_000, 1024)]);
    let from = |s: &str, start| {
        UsernsMode::parse(Some(s))
            .unwrap()
            .mapping_from(&default(), start)
    };
    assert_eq!(from("auto", 1025).unwrap().uids, vec![r(0, 201_024, 1024)]);
    assert!(format!("{:#}", from("auto", 65000).unwrap_err()).contains("enough available"));
    assert_eq!(
        auto("auto:size=500").unwrap().gids,
        vec![r(0, 200_000, 500)]
    );
    assert_eq!(
        auto("auto:uidmapping=0:10:5").unwrap().uids,
        vec![r(0, 200_009, 5)]
    );
    assert!(format!("{:#}", auto("auto:size=70000").unwrap_err()).contains("enough available"));
    assert!(format!("{:#}", auto("auto:uidmapping=0:0:5").unwrap_err()).contains("outside"));
}

#[test]
fn one_id_mode_keeps_the_default_and_says_so() {
    let one = IdMapping {
        uids: vec![r(0, 1000, 1)],
        gids: vec![r(0, 1000, 1)],
        one_id: true,
        one_id_reason: Some("none".into()),
        free_range: None,
    };
    let mode = UsernsMode::parse(Some("keep-id")).unwrap();
    assert_eq!(mode.mapping(&one).unwrap(), one);
    assert!(mode.one_id_notice().unwrap().contains("uid 0 inside"));
    assert!(UsernsMode::Host.one_id_notice().is_none());
}

#[test]
fn inspect_shows_podmans_intermediate_ids() {
    let m = UsernsMode::parse(Some("keep-id"))
        .unwrap()
        .mapping(&default())
        .unwrap();
    assert_eq!(
        intermediate(&default().uids, &m.uids),
        vec!["0:1:1000", "1000:0:1", "1001:1001:64536"]
    );
    assert_eq!(inspect_mode(Some("keep-id:uid=5")), "private");
    assert_eq!(inspect_mode(Some("auto")), "private");
    assert_eq!(inspect_mode(None), "");
}
