//! A container on user-defined networks (`--network NAME[:OPTIONS][,NAME...]`): one interface
//! per network (`eth0`, `eth1`, ...), a veth whose other end is on the network's bridge in
//! the network's own namespace (`network::holder`), with an address planned here from the
//! network's subnet. Its way out (and its published ports) is the same helper as the
//! default network's, on an interface of its own (`tap0`), unless every network is internal.
//! Pure: the network records and the addresses in use come in `NetworkFacts`.

use std::collections::HashMap;
use std::net::Ipv4Addr;

use anyhow::{Result, bail};
use serde::{Deserialize, Serialize};

use super::HelperKind;
use super::subnet::Subnet;
use crate::error::hinted;
use crate::store::networks::NetworkRecord;

/// The container's networks and its way out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bridge {
    pub attachments: Vec<Attachment>,
    /// The helper that connects `tap0` to the host; none when every network is internal.
    pub outbound: Option<HelperKind>,
}

/// The container's interface on one network.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    pub network: String,
    pub network_id: String,
    /// The network's bridge (in the network's namespace).
    pub bridge: String,
    /// The interface's name in the container.
    pub interface: String,
    pub ip: Ipv4Addr,
    pub subnet: Subnet,
    pub gateway: Ipv4Addr,
    pub mac: String,
    /// Names the network's DNS answers with this address besides the container's name and
    /// short id (`--network-alias`, `alias=`).
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub internal: bool,
    #[serde(default)]
    pub dns: bool,
}

/// What planning a container's networks needs to know.
#[derive(Debug, Clone, Default)]
pub struct NetworkFacts {
    /// The networks the request names, by the name it uses.
    pub records: HashMap<String, NetworkRecord>,
    /// The addresses other containers have, by network id.
    pub used: HashMap<String, Vec<Ipv4Addr>>,
}

/// One network of a `--network` value, with its options.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Requested {
    pub name: String,
    pub ip: Option<Ipv4Addr>,
    pub mac: Option<String>,
    pub aliases: Vec<String>,
    pub interface: Option<String>,
}

/// Parses `NAME[:OPT=V,...][,NAME...]` (podman's options: alias=, ip=, mac=,
/// interface_name=).
pub fn parse_requested(mode: &str) -> Result<Vec<Requested>> {
    let mut out: Vec<Requested> = Vec::new();
    for token in mode.split(',').filter(|t| !t.is_empty()) {
        let option = match token.split_once(':') {
            Some((name, opt)) => {
                out.push(Requested {
                    name: name.to_string(),
                    ..Requested::default()
                });
                opt
            }
            None if token.contains('=') => token,
            None => {
                out.push(Requested {
                    name: token.to_string(),
                    ..Requested::default()
                });
                continue;
            }
        };
        let Some(current) = out.last_mut() else {
            bail!("invalid --network \"{mode}\": an option comes before any network name");
        };
        let Some((key, value)) = option.split_once('=') else {
            bail!(
                "invalid option \"{option}\" of network {}: expected KEY=VALUE",
                current.name
            );
        };
        match key {
            "alias" => current.aliases.push(value.to_string()),
            "ip" => current.ip = Some(parse_ip(value)?),
            "mac" => current.mac = Some(parse_mac(value)?),
            "interface_name" => current.interface = Some(value.to_string()),
            _ => {
                return Err(hinted(
                    format!("unknown network option \"{key}\""),
                    "network options: alias=NAME, ip=IPv4, mac=MAC, interface_name=NAME",
                ));
            }
        }
    }
    if out.is_empty() {
        bail!("invalid --network \"{mode}\": no network name");
    }
    Ok(out)
}

fn parse_ip(text: &str) -> Result<Ipv4Addr> {
    text.parse().map_err(|_| {
        if text.contains(':') {
            anyhow::anyhow!("{text}: den's networks are IPv4 only")
        } else {
            anyhow::anyhow!("{text} is not an IP address")
        }
    })
}

/// A MAC address as six hex pairs, lower case.
pub fn parse_mac(text: &str) -> Result<String> {
    let parts: Vec<&str> = text.split(':').collect();
    let ok = parts.len() == 6
        && parts
            .iter()
            .all(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_hexdigit()));
    if !ok {
        bail!("invalid MAC address {text}: expected six hex pairs such as 02:42:ac:11:00:02");
    }
    if u8::from_str_radix(parts[0], 16).is_ok_and(|b| b & 1 == 1) {
        bail!("invalid MAC address {text}: a multicast address cannot be an interface's");
    }
    Ok(text.to_ascii_lowercase())
}

/// A locally administered unicast MAC made from the container's id and the interface's
/// index (stable in the record, distinct between containers).
fn derived_mac(id: &str, index: usize) -> String {
    let hex: Vec<u8> = id
        .as_bytes()
        .chunks(2)
        .filter_map(|c| u8::from_str_radix(std::str::from_utf8(c).ok()?, 16).ok())
        .collect();
    let byte = |i: usize| hex.get(i).copied().unwrap_or(0);
    format!(
        "02:{:02x}:{:02x}:{:02x}:{:02x}:{:02x}",
        byte(0),
        byte(1),
        byte(2),
        byte(3),
        byte(4).wrapping_add(index as u8)
    )
}

/// The flags that apply to the first network (podman's `--ip`, `--mac-address`,
/// `--network-alias`).
#[derive(Debug, Clone, Default)]
pub struct FirstNetworkFlags<'a> {
    pub ip: Option<&'a str>,
    pub mac: Option<&'a str>,
    pub aliases: &'a [String],
}

/// Plans the container's interfaces: each network's record, an address (asked for, or the
/// first free one) and a MAC. `id` is the container's id.
pub fn plan(
    mode: &str,
    flags: &FirstNetworkFlags<'_>,
    facts: &NetworkFacts,
    helper: Option<HelperKind>,
    id: &str,
) -> Result<Bridge> {
    let mut requested = parse_requested(mode)?;
    if let Some(first) = requested.first_mut() {
        if let Some(ip) = flags.ip {
            first.ip = Some(parse_ip(ip)?);
        }
        if let Some(mac) = flags.mac {
            first.mac = Some(parse_mac(mac)?);
        }
        first.aliases.extend(flags.aliases.iter().cloned());
    }
    let mut attachments: Vec<Attachment> = Vec::new();
    for (index, r) in requested.into_iter().enumerate() {
        let Some(record) = facts.records.get(&r.name) else {
            return Err(crate::store::networks::not_found(&r.name));
        };
        if attachments.iter().any(|a| a.network_id == record.id) {
            bail!("network {} is given twice", record.name);
        }
        let used = facts.used.get(&record.id).map_or(&[][..], Vec::as_slice);
        let ip = match r.ip {
            Some(ip) if !record.subnet.is_host_address(ip) || ip == record.gateway => {
                return Err(hinted(
                    format!(
                        "requested static ip {ip} is not in any subnet on network {}",
                        record.name
                    ),
                    format!(
                        "choose an address of {} other than the gateway {}",
                        record.subnet, record.gateway
                    ),
                ));
            }
            Some(ip) if used.contains(&ip) => {
                return Err(hinted(
                    format!(
                        "IPAM error: requested ip address {ip} is already allocated to another container on network {}",
                        record.name
                    ),
                    "leave out --ip to get a free address",
                ));
            }
            Some(ip) => ip,
            None => record
                .subnet
                .free_address(record.gateway, used)
                .ok_or_else(|| {
                    anyhow::anyhow!(
                        "IPAM error: failed to get ip address for network {}: no free address left in {}",
                        record.name,
                        record.subnet
                    )
                })?,
        };
        attachments.push(Attachment {
            network: record.name.clone(),
            network_id: record.id.clone(),
            bridge: record.interface.clone(),
            interface: r.interface.unwrap_or_else(|| format!("eth{index}")),
            ip,
            subnet: record.subnet,
            gateway: record.gateway,
            mac: r.mac.unwrap_or_else(|| derived_mac(id, index)),
            aliases: r.aliases,
            internal: record.internal,
            dns: record.dns_enabled,
        });
    }
    let outbound = if attachments.iter().all(|a| a.internal) {
        None
    } else {
        Some(helper.ok_or_else(|| {
            hinted(
                "a network's way out needs pasta or slirp4netns, and neither is installed",
                "install passt (pasta) or slirp4netns, or create the network with --internal",
            )
        })?)
    };
    Ok(Bridge {
        attachments,
        outbound,
    })
}

/// `inspect`'s `NetworkSettings` fields of a container on user-defined networks, as podman
/// 4.3 shows them: the first network's address at the top, and each network by name.
#[must_use]
pub fn inspect_settings(
    network: &super::Network,
    id: &str,
) -> serde_json::Map<String, serde_json::Value> {
    use serde_json::json;
    let attachments = network.attachments();
    let Some(first) = attachments.first() else {
        return serde_json::Map::new();
    };
    let short = &id[..12.min(id.len())];
    let networks: serde_json::Map<String, serde_json::Value> = attachments
        .iter()
        .map(|a| {
            let mut aliases = vec![short.to_string()];
            aliases.extend(a.aliases.iter().cloned());
            (
                a.network.clone(),
                json!({
                    "EndpointID": "",
                    "Gateway": a.gateway.to_string(),
                    "IPAddress": a.ip.to_string(),
                    "IPPrefixLen": a.subnet.prefix(),
                    "IPv6Gateway": "",
                    "GlobalIPv6Address": "",
                    "GlobalIPv6PrefixLen": 0,
                    "MacAddress": a.mac,
                    "NetworkID": a.network,
                    "DriverOpts": null,
                    "IPAMConfig": null,
                    "Links": null,
                    "Aliases": aliases,
                }),
            )
        })
        .collect();
    let v = json!({
        "Gateway": first.gateway.to_string(),
        "IPAddress": first.ip.to_string(),
        "IPPrefixLen": first.subnet.prefix(),
        "MacAddress": first.mac,
        "Networks": networks,
    });
    v.as_object().cloned().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> NetworkFacts {
        let mut records = HashMap::new();
        for (name, id, subnet, internal) in [
            ("web", "aa11", "10.89.0.0/24", false),
            ("db", "bb22", "10.89.1.0/24", true),
        ] {
            let subnet: Subnet = subnet.parse().unwrap();
            let mut r = NetworkRecord::default_network();
            r.name = name.into();
            r.id = id.into();
            r.subnet = subnet;
            r.gateway = subnet.nth(1);
            r.internal = internal;
            r.dns_enabled = true;
            records.insert(name.to_string(), r);
        }
        let used = HashMap::from([("aa11".to_string(), vec![Ipv4Addr::new(10, 89, 0, 2)])]);
        NetworkFacts { records, used }
    }

    #[test]
    fn options_and_lists() {
        let r = parse_requested("web:ip=10.89.0.9,alias=a,alias=b,db").unwrap();
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].ip, Some(Ipv4Addr::new(10, 89, 0, 9)));
        assert_eq!(r[0].aliases, ["a", "b"]);
        assert_eq!(r[1].name, "db");
        assert!(parse_requested("web:bogus=1").is_err());
        assert!(parse_requested("web:ip=nonsense").is_err());
        assert!(parse_mac("03:00:00:00:00:01").is_err());
        assert_eq!(parse_mac("02:AA:00:00:00:01").unwrap(), "02:aa:00:00:00:01");
    }

    #[test]
    fn addresses_are_free_ones_or_the_asked_one() {
        let f = facts();
        let flags = FirstNetworkFlags::default();
        let b = plan(
            "web,db",
            &flags,
            &f,
            Some(HelperKind::Pasta),
            "0123456789ab",
        )
        .unwrap();
        assert_eq!(b.attachments[0].ip, Ipv4Addr::new(10, 89, 0, 3));
        assert_eq!(b.attachments[0].interface, "eth0");
        assert_eq!(b.attachments[1].ip, Ipv4Addr::new(10, 89, 1, 2));
        assert_eq!(b.attachments[1].interface, "eth1");
        assert_ne!(b.attachments[0].mac, b.attachments[1].mac);
        assert_eq!(b.outbound, Some(HelperKind::Pasta));
        let taken = FirstNetworkFlags {
            ip: Some("10.89.0.2"),
            ..FirstNetworkFlags::default()
        };
        let err = plan("web", &taken, &f, None, "00").unwrap_err().to_string();
        assert!(err.contains("already allocated"), "{err}");
        let outside = FirstNetworkFlags {
            ip: Some("10.89.7.2"),
            ..FirstNetworkFlags::default()
        };
        assert!(plan("web", &outside, &f, Some(HelperKind::Pasta), "00").is_err());
        let err = plan("nosuch", &flags, &f, None, "00")
            .unwrap_err()
            .to_string();
        assert!(err.contains("network not found"), "{err}");
    }

    #[test]
    fn internal_networks_have_no_way_out() {
        let b = plan("db", &FirstNetworkFlags::default(), &facts(), None, "00").unwrap();
        assert_eq!(b.outbound, None);
        assert!(plan("web", &FirstNetworkFlags::default(), &facts(), None, "00").is_err());
    }
}
