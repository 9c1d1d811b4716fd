//! Published ports: `-p [IP:][HOSTPORT:]CONTAINERPORT[/PROTO]` (ranges `8000-8010:80-90`),
//! `--expose`, the image's `ExposedPorts` for `-P`, and the ways podman prints them (`port`,
//! the PORTS column of `ps`, `NetworkSettings.Ports` of `inspect`). Pure, but for
//! `assign_random_ports` and `check_free`, which ask the kernel.

use std::collections::BTreeMap;
use std::fmt;
use std::net::IpAddr;

use anyhow::{Result, bail};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::error::hinted;

/// A transport protocol of a published port.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Protocol {
    Tcp,
    Udp,
}

impl fmt::Display for Protocol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Protocol::Tcp => "tcp",
            Protocol::Udp => "udp",
        })
    }
}

/// One published port: a host address and port forwarded to a container port.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortMapping {
    /// The host address to listen on; empty: every address (podman's `HostIp: ""`).
    pub host_ip: String,
    /// 0 until `assign_random_ports` picks a free one.
    pub host_port: u16,
    pub container_port: u16,
    pub protocol: Protocol,
}

impl PortMapping {
    /// `80/tcp`, as podman names a container port.
    #[must_use]
    pub fn key(&self) -> String {
        format!("{}/{}", self.container_port, self.protocol)
    }

    /// `0.0.0.0:8080` (the host side as `port` prints it).
    #[must_use]
    pub fn host(&self) -> String {
        format!("{}:{}", display_ip(&self.host_ip), self.host_port)
    }
}

fn display_ip(ip: &str) -> &str {
    if ip.is_empty() { "0.0.0.0" } else { ip }
}

fn parse_port(text: &str, what: &str) -> Result<u16> {
    let n: i64 = text.parse().map_err(|_| {
        anyhow::anyhow!(
            "parsing {what} port: invalid port number: strconv.Atoi: parsing \"{text}\": invalid syntax"
        )
    })?;
    match u16::try_from(n) {
        Ok(p) if p > 0 => Ok(p),
        _ => bail!(
            "parsing {what} port: port numbers must be between 1 and 65535 (inclusive), got {n}"
        ),
    }
}

/// `80` or `80-90`: the first port and how many.
fn parse_range(text: &str, what: &str) -> Result<(u16, u16)> {
    match text.split_once('-') {
        None => Ok((parse_port(text, what)?, 1)),
        Some((a, b)) => {
            let (start, end) = (parse_port(a, what)?, parse_port(b, what)?);
            if end <= start {
                bail!(
                    "parsing {what} port: the end port of a range must be higher than the start port - {end} is not higher than {start}"
                );
            }
            Ok((start, end - start + 1))
        }
    }
}

fn parse_protocol(text: &str) -> Result<Protocol> {
    match text.to_ascii_lowercase().as_str() {
        "tcp" => Ok(Protocol::Tcp),
        "udp" => Ok(Protocol::Udp),
        "sctp" => Err(hinted(
            "sctp ports cannot be published by den",
            "pasta and slirp4netns forward tcp and udp only",
        )),
        _ => bail!("unrecognized protocol \"{text}\" in port mapping"),
    }
}

/// Parses one `-p` spec into one mapping per port (a range is expanded).
pub fn parse_publish(spec: &str) -> Result<Vec<PortMapping>> {
    let (addr_ports, proto) = match spec.rsplit_once('/') {
        Some((a, p)) => (a, parse_protocol(p)?),
        None => (spec, Protocol::Tcp),
    };
    // An IPv6 address comes in brackets: [::1]:8080:80.
    let (ip, rest) = if let Some(after) = addr_ports.strip_prefix('[') {
        let Some((ip, rest)) = after.split_once("]:") else {
            bail!("invalid port mapping \"{spec}\": an IPv6 address must be [ADDR]:HOSTPORT:PORT");
        };
        (Some(ip), rest)
    } else {
        match addr_ports.matches(':').count() {
            0 | 1 => (None, addr_ports),
            _ => {
                let (ip, rest) = addr_ports.split_once(':').unwrap_or_default();
                (Some(ip), rest)
            }
        }
    };
    let host_ip = match ip {
        None | Some("") => String::new(),
        Some(ip) => {
            let addr: IpAddr = ip
                .parse()
                .map_err(|_| anyhow::anyhow!("cannot parse \"{ip}\" as an IP address"))?;
            addr.to_string()
        }
    };
    let (host, container) = match rest.split_once(':') {
        Some((h, c)) => (Some(h).filter(|h| !h.is_empty()), c),
        None => (None, rest),
    };
    let (cstart, count) = parse_range(container, "container")?;
    let hstart = match host {
        Some(h) => {
            let (hstart, hcount) = parse_range(h, "host")?;
            if hcount != count {
                bail!("host and container port ranges have different lengths: {hcount} vs {count}");
            }
            Some(hstart)
        }
        None => None,
    };
    if u32::from(cstart) + u32::from(count) - 1 > 65535 {
        bail!("parsing container port: port numbers must be between 1 and 65535 (inclusive)");
    }
    Ok((0..count)
        .map(|i| PortMapping {
            host_ip: host_ip.clone(),
            host_port: hstart.map_or(0, |h| h + i),
            container_port: cstart + i,
            protocol: proto,
        })
        .collect())
}

/// Parses an exposed port (`--expose 80`, `80/udp`, `8000-8010`, or an image's `80/tcp`) into
/// `(port, protocol)` pairs.
pub fn parse_expose(spec: &str) -> Result<Vec<(u16, Protocol)>> {
    let (ports, proto) = match spec.rsplit_once('/') {
        Some((a, p)) => (a, parse_protocol(p)?),
        None => (spec, Protocol::Tcp),
    };
    let (start, count) = parse_range(ports, "container")?;
    Ok((0..count).map(|i| (start + i, proto)).collect())
}

/// The ports a container publishes: every `-p`, then with `-P` each exposed port (the image's
/// and `--expose`) not published already, to a random host port.
pub fn plan_ports(
    publish: &[String],
    publish_all: bool,
    exposed: &[String],
) -> Result<Vec<PortMapping>> {
    let mut ports = Vec::new();
    for spec in publish {
        ports.extend(parse_publish(spec)?);
    }
    if publish_all {
        for spec in exposed {
            for (port, protocol) in parse_expose(spec)? {
                if !ports
                    .iter()
                    .any(|p: &PortMapping| p.container_port == port && p.protocol == protocol)
                {
                    ports.push(PortMapping {
                        host_ip: String::new(),
                        host_port: 0,
                        container_port: port,
                        protocol,
                    });
                }
            }
        }
    }
    Ok(ports)
}

/// Gives each mapping without a host port a free one, as the kernel picks for port 0.
pub fn assign_random_ports(ports: &mut [PortMapping]) -> Result<()> {
    for p in ports.iter_mut().filter(|p| p.host_port == 0) {
        let ip = if p.host_ip.is_empty() {
            "0.0.0.0"
        } else {
            &p.host_ip
        };
        let addr = (ip.parse::<IpAddr>()?, 0);
        let port = match p.protocol {
            Protocol::Tcp => std::net::TcpListener::bind(addr)?.local_addr()?.port(),
            Protocol::Udp => std::net::UdpSocket::bind(addr)?.local_addr()?.port(),
        };
        p.host_port = port;
    }
    Ok(())
}

/// Refuses to start when a host port is taken, naming it (pasta and slirp4netns would fail
/// with less to go on).
pub fn check_free(ports: &[PortMapping]) -> Result<()> {
    for p in ports {
        let ip: IpAddr = display_ip(&p.host_ip).parse()?;
        let taken = match p.protocol {
            Protocol::Tcp => std::net::TcpListener::bind((ip, p.host_port)).is_err(),
            Protocol::Udp => std::net::UdpSocket::bind((ip, p.host_port)).is_err(),
        };
        if taken {
            return Err(hinted(
                format!(
                    "cannot publish port {}: {}/{} is already in use on the host",
                    p.container_port,
                    p.host(),
                    p.protocol
                ),
                "publish to another host port (-p HOSTPORT:PORT), or leave it out for a free one",
            ));
        }
    }
    Ok(())
}

/// Runs of consecutive mappings (same address and protocol, host and container ports both
/// one up): podman prints each run once.
fn runs(ports: &[PortMapping]) -> Vec<(&PortMapping, u16)> {
    let mut out: Vec<(&PortMapping, u16)> = Vec::new();
    for p in ports {
        if let Some((first, n)) = out.last_mut()
            && first.host_ip == p.host_ip
            && first.protocol == p.protocol
            && u32::from(first.host_port) + u32::from(*n) == u32::from(p.host_port)
            && u32::from(first.container_port) + u32::from(*n) == u32::from(p.container_port)
        {
            *n += 1;
            continue;
        }
        out.push((p, 1));
    }
    out
}

/// The PORTS column of `ps` and `{{.Ports}}`: `0.0.0.0:8080->80/tcp, ...`.
#[must_use]
pub fn ps_column(ports: &[PortMapping]) -> String {
    runs(ports)
        .iter()
        .map(|(p, n)| {
            let ip = display_ip(&p.host_ip);
            if *n > 1 {
                format!(
                    "{ip}:{}-{}->{}-{}/{}",
                    p.host_port,
                    p.host_port + n - 1,
                    p.container_port,
                    p.container_port + n - 1,
                    p.protocol
                )
            } else {
                format!("{ip}:{}->{}/{}", p.host_port, p.container_port, p.protocol)
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The `Ports` of `ps --format json` (podman's `PortMapping` list, runs folded); `None`
/// (null) without ports.
#[must_use]
pub fn ps_json(ports: &[PortMapping]) -> Option<Value> {
    if ports.is_empty() {
        return None;
    }
    Some(Value::Array(
        runs(ports)
            .iter()
            .map(|(p, n)| {
                json!({
                    "host_ip": p.host_ip,
                    "container_port": p.container_port,
                    "host_port": p.host_port,
                    "range": n,
                    "protocol": p.protocol.to_string(),
                })
            })
            .collect(),
    ))
}

/// `NetworkSettings.Ports` and `HostConfig.PortBindings` as podman: each container port (the
/// exposed ones too, with `null`) to its host bindings.
#[must_use]
pub fn inspect_map(ports: &[PortMapping], exposed: &[String]) -> Value {
    let mut map: BTreeMap<String, Value> = BTreeMap::new();
    for spec in exposed {
        for (port, proto) in parse_expose(spec).unwrap_or_default() {
            map.insert(format!("{port}/{proto}"), Value::Null);
        }
    }
    for p in ports {
        let entry = map.entry(p.key()).or_insert(Value::Null);
        if !entry.is_array() {
            *entry = json!([]);
        }
        if let Some(list) = entry.as_array_mut() {
            list.push(json!({"HostIp": p.host_ip, "HostPort": p.host_port.to_string()}));
        }
    }
    Value::Object(map.into_iter().collect())
}

/// `den port CTR [PORT]`: every mapping as `80/tcp -> 0.0.0.0:8080`, or the host side of the
/// one asked for (`80` means `80/tcp`).
pub fn port_lines(ports: &[PortMapping], wanted: Option<&str>) -> Result<Vec<String>> {
    let Some(w) = wanted else {
        return Ok(ports
            .iter()
            .map(|p| format!("{} -> {}", p.key(), p.host()))
            .collect());
    };
    let (port, proto) = match w.split_once('/') {
        Some((p, proto)) => (p, parse_protocol(proto)?),
        None => (w, Protocol::Tcp),
    };
    let port = parse_port(port, "container")?;
    let found: Vec<String> = ports
        .iter()
        .filter(|p| p.container_port == port && p.protocol == proto)
        .map(PortMapping::host)
        .collect();
    if found.is_empty() {
        bail!("failed to find published port \"{port}/{proto}\"");
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(spec: &str) -> PortMapping {
        let mut v = parse_publish(spec).unwrap();
        assert_eq!(v.len(), 1, "{spec}");
        v.remove(0)
    }

    #[test]
    fn publish_specs() {
        let p = one("127.0.0.1:8080:80");
        assert_eq!(
            (p.host_ip.as_str(), p.host_port, p.container_port),
            ("127.0.0.1", 8080, 80)
        );
        assert_eq!(one("8080:80/udp").protocol, Protocol::Udp);
        assert_eq!(one("80").host_port, 0);
        assert_eq!(one(":80").host_port, 0);
        assert_eq!(one("127.0.0.1::80").host_port, 0);
        assert_eq!(one("[::1]:8080:80").host_ip, "::1");
        let r = parse_publish("8000-8002:80-82").unwrap();
        assert_eq!(r.len(), 3);
        assert_eq!((r[2].host_port, r[2].container_port), (8002, 82));
    }

    #[test]
    fn bad_publish_specs_say_what_podman_says() {
        let err = |s: &str| parse_publish(s).unwrap_err().to_string();
        assert!(err("abc").contains("invalid port number"));
        assert!(err("70000:80").contains("between 1 and 65535"));
        assert!(err("0:80").contains("got 0"));
        assert!(err("8000-8010:80-85").contains("different lengths: 11 vs 6"));
        assert!(err("1.2.3:80:80").contains("cannot parse \"1.2.3\" as an IP address"));
        assert!(err("80/xyz").contains("unrecognized protocol \"xyz\""));
        assert!(err("80-78").contains("78 is not higher than 80"));
    }

    #[test]
    fn printed_as_podman() {
        let mut ports = parse_publish("127.0.0.1:18080:80").unwrap();
        ports.extend(parse_publish("18090-18092:90-92").unwrap());
        ports.extend(parse_publish("18081:81/udp").unwrap());
        assert_eq!(
            ps_column(&ports),
            "127.0.0.1:18080->80/tcp, 0.0.0.0:18090-18092->90-92/tcp, 0.0.0.0:18081->81/udp"
        );
        assert_eq!(
            port_lines(&ports, Some("80")).unwrap(),
            vec!["127.0.0.1:18080"]
        );
        assert_eq!(
            port_lines(&ports, None).unwrap()[0],
            "80/tcp -> 127.0.0.1:18080"
        );
        assert!(port_lines(&ports, Some("82/udp")).is_err());
        let map = inspect_map(&ports, &["555/tcp".into()]);
        assert_eq!(map["555/tcp"], Value::Null);
        assert_eq!(map["81/udp"][0]["HostIp"], "");
        assert_eq!(map["80/tcp"][0]["HostPort"], "18080");
    }

    #[test]
    fn publish_all_adds_exposed_ports_once() {
        let ports = plan_ports(
            &["8080:80".into()],
            true,
            &["80/tcp".into(), "53/udp".into()],
        )
        .unwrap();
        assert_eq!(ports.len(), 2);
        assert_eq!((ports[1].container_port, ports[1].host_port), (53, 0));
        assert!(
            plan_ports(&[], false, &["80/tcp".into()])
                .unwrap()
                .is_empty()
        );
    }
}
