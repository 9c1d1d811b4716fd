//! Unit tests of the YAML mapping: generate's layout (podman's fields and order), play's
//! plan of pods, containers, env from ConfigMaps, volumes and ports, and the refusals.

use super::generate::{CtrFacts, KubeMount, PodFacts, generate};
use super::play::{self, Doc};
use crate::network::ports::{PortMapping, Protocol};

fn web() -> CtrFacts {
    CtrFacts {
        name: "web".into(),
        image: "localhost/busybox:latest".into(),
        argv: vec!["httpd".into(), "-f".into(), "-p".into(), "80".into()],
        image_argv: vec!["sh".into()],
        env: vec![
            "PATH=/bin".into(),
            "FOO=bar".into(),
            "container=den".into(),
            "HOSTNAME=web".into(),
        ],
        image_env: vec!["PATH=/bin".into()],
        workdir: "/data".into(),
        image_workdir: "/".into(),
        ports: vec![PortMapping {
            host_ip: String::new(),
            host_port: 18080,
            container_port: 80,
            protocol: Protocol::Tcp,
        }],
        mounts: vec![
            KubeMount::Named {
                name: "kv".into(),
                target: "/data".into(),
                read_only: false,
            },
            KubeMount::Bind {
                source: "/tmp".into(),
                target: "/host".into(),
                read_only: true,
                is_dir: true,
            },
        ],
        capabilities: crate::plan::DEFAULT_CAPABILITIES
            .iter()
            .map(ToString::to_string)
            .filter(|c| c != "CAP_CHOWN")
            .chain(["CAP_NET_ADMIN".to_string()])
            .collect(),
        ..CtrFacts::default()
    }
}

fn pod(id: Option<&str>) -> PodFacts {
    PodFacts {
        name: "web-pod".into(),
        id: id.map(str::to_string),
        hostname: id.map(|_| "web-pod".to_string()),
        created: "2026-01-01T00:00:00Z".into(),
        ..PodFacts::default()
    }
}

#[test]
fn a_container_is_written_as_podman_writes_it() {
    let yaml = generate("1.0", &pod(None), &[web()], false, None, &mut || 30000).unwrap();
    let body = yaml
        .split("---\n")
        .nth(1)
        .expect("a document after the note");
    let want = r#"apiVersion: v1
kind: Pod
metadata:
  annotations:
    io.kubernetes.cri-o.TTY/web: "false"
    io.podman.annotations.autoremove/web: "FALSE"
    io.podman.annotations.init/web: "FALSE"
    io.podman.annotations.privileged/web: "FALSE"
    io.podman.annotations.publish-all/web: "FALSE"
  creationTimestamp: "2026-01-01T00:00:00Z"
  labels:
    app: web-pod
  name: web-pod
spec:
  automountServiceAccountToken: false
  containers:
  - command:
    - httpd
    - -f
    - -p
    - "80"
    env:
    - name: FOO
      value: bar
    image: localhost/busybox:latest
    name: web
    ports:
    - containerPort: 80
      hostPort: 18080
    securityContext:
      capabilities:
        add:
        - CAP_NET_ADMIN
        drop:
        - CAP_CHOWN
        - CAP_MKNOD
        - CAP_NET_RAW
        - CAP_AUDIT_WRITE
    volumeMounts:
    - mountPath: /host
      name: tmp-host-0
      readOnly: true
    - mountPath: /data
      name: kv-pvc
    workingDir: /data
  enableServiceLinks: false
  volumes:
  - hostPath:
      path: /tmp
      type: Directory
    name: tmp-host-0
  - name: kv-pvc
    persistentVolumeClaim:
      claimName: kv

"#;
    assert_eq!(body, want);
    assert!(yaml.starts_with("# Save the output of this file"));
    assert!(yaml.contains("# Created with den-1.0\n"));
}

#[test]
fn a_pod_has_hostname_restart_policy_sandbox_and_status() {
    let yaml = generate("1.0", &pod(Some("abc")), &[web()], false, None, &mut || {
        30000
    })
    .unwrap();
    assert!(
        yaml.contains("io.kubernetes.cri-o.SandboxID/web: abc\n"),
        "{yaml}"
    );
    assert!(
        yaml.contains("  hostname: web-pod\n  restartPolicy: Never\n"),
        "{yaml}"
    );
    assert!(yaml.contains("    resources: {}\n"), "{yaml}");
    assert!(yaml.ends_with("status: {}\n\n"), "{yaml}");
}

#[test]
fn service_comes_first_with_a_node_port_per_published_port() {
    let yaml = generate("1.0", &pod(None), &[web()], true, None, &mut || 31234).unwrap();
    let docs: Vec<&str> = yaml.split("---\n").collect();
    assert_eq!(docs.len(), 3, "{yaml}");
    assert!(
        docs[1].starts_with("apiVersion: v1\nkind: Service\n"),
        "{yaml}"
    );
    assert!(
        docs[1]
            .contains("  - name: \"80\"\n    nodePort: 31234\n    port: 80\n    targetPort: 80\n"),
        "{yaml}"
    );
    assert!(docs[1].contains("  type: NodePort\n"));
    assert!(docs[2].starts_with("apiVersion: v1\nkind: Pod\n"));
}

#[test]
fn what_generate_writes_plays_back_to_the_same_container() {
    let yaml = generate("1.0", &pod(None), &[web()], false, None, &mut || 30000).unwrap();
    let docs = play::parse(&yaml).unwrap();
    let plan = play::plan(&docs, &[]).unwrap();
    assert_eq!(plan.pods.len(), 1);
    let p = &plan.pods[0];
    assert_eq!(p.name, "web-pod");
    assert_eq!(p.publish, ["18080:80/tcp"]);
    let c = &p.containers[0];
    assert_eq!(c.name, "web-pod-web");
    assert_eq!(c.entrypoint.as_deref(), Some(r#"["httpd","-f","-p","80"]"#));
    assert_eq!(c.env, ["FOO=bar"]);
    assert_eq!(c.volumes, ["/tmp:/host:ro", "kv:/data"]);
    assert_eq!(c.cap_add, ["CAP_NET_ADMIN"]);
    assert_eq!(c.workdir.as_deref(), Some("/data"));
    assert_eq!(c.restart, "always");
}

const DEPLOYMENT: &str = "
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
data:
  K1: v1
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: pv
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: dep
spec:
  replicas: 2
  template:
    metadata:
      labels:
        app: dep
    spec:
      restartPolicy: OnFailure
      containers:
      - name: c
        image: busybox
        args: [sleep, '100']
        imagePullPolicy: Never
        env:
        - name: ONE
          valueFrom:
            configMapKeyRef: {name: cm, key: K1}
        envFrom:
        - configMapRef: {name: cm}
          prefix: P_
        ports:
        - containerPort: 53
          hostPort: 10053
          hostIP: 127.0.0.1
          protocol: UDP
        - containerPort: 81
        resources:
          limits: {memory: 64Mi, cpu: 500m}
        securityContext:
          runAsUser: 1000
          runAsGroup: 100
          readOnlyRootFilesystem: true
        volumeMounts:
        - {name: data, mountPath: /d, readOnly: true}
        - {name: made, mountPath: /m}
      volumes:
      - name: data
        persistentVolumeClaim: {claimName: pv}
      - name: made
        hostPath: {path: /tmp/den-kube-x, type: DirectoryOrCreate}
";

#[test]
fn a_deployment_plays_as_replica_pods_with_configmaps_and_volumes() {
    let docs = play::parse(DEPLOYMENT).unwrap();
    assert_eq!(play::pod_names(&docs), ["dep-pod-0", "dep-pod-1"]);
    let plan = play::plan(&docs, &[]).unwrap();
    assert_eq!(plan.volumes, ["pv"]);
    assert_eq!(plan.host_dirs, ["/tmp/den-kube-x"]);
    assert_eq!(plan.pods.len(), 2);
    let p = &plan.pods[1];
    assert_eq!(p.name, "dep-pod-1");
    assert_eq!(p.labels, ["app=dep"]);
    assert_eq!(p.publish, ["127.0.0.1:10053:53/udp"]);
    let c = &p.containers[0];
    assert_eq!(c.name, "dep-pod-1-c");
    assert_eq!(c.entrypoint, None);
    assert_eq!(c.args, ["sleep", "100"]);
    assert_eq!(c.env, ["P_K1=v1", "ONE=v1"]);
    assert_eq!(c.volumes, ["pv:/d:ro", "/tmp/den-kube-x:/m"]);
    assert_eq!(c.user.as_deref(), Some("1000:100"));
    assert!(c.read_only);
    assert_eq!(c.pull, "never");
    assert_eq!(c.restart, "on-failure");
    assert_eq!(c.memory.as_deref(), Some("67108864"));
    assert_eq!(c.cpus.as_deref(), Some("0.5"));
}

#[test]
fn a_configmap_file_feeds_env_of_the_yaml() {
    let pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    image: busybox\n    envFrom:\n    - configMapRef: {name: outside}\n";
    let docs = play::parse(pod).unwrap();
    let err = play::plan(&docs, &[]).unwrap_err();
    assert!(
        format!("{err:#}").contains("configmap \"outside\" not found"),
        "{err:#}"
    );
    let maps =
        play::configmaps("kind: ConfigMap\nmetadata: {name: outside}\ndata: {A: b}\n").unwrap();
    let plan = play::plan(&docs, &maps).unwrap();
    assert_eq!(plan.pods[0].containers[0].env, ["A=b"]);
}

#[test]
fn what_den_cannot_play_is_named() {
    let err = play::parse("apiVersion: v1\nkind: Job\nmetadata: {name: j}\n").unwrap_err();
    assert!(err.to_string().contains("kind \"Job\""), "{err}");
    let err = play::parse("").unwrap_err();
    assert!(
        err.to_string()
            .contains("does not contain any supported kube kind")
    );
    let with = |vol: &str| {
        format!(
            "kind: Pod\nmetadata: {{name: p}}\nspec:\n  containers:\n  - name: c\n    image: busybox\n    volumeMounts: [{{name: v, mountPath: /v}}]\n  volumes: [{{name: v, {vol}}}]\n"
        )
    };
    let docs = play::parse(&with("emptyDir: {}")).unwrap();
    let err = play::plan(&docs, &[]).unwrap_err();
    assert!(
        format!("{err:#}").contains("volume \"v\": den kube play maps hostPath"),
        "{err:#}"
    );
    assert!(matches!(docs[0], Doc::Pod(_)));
    let bad = "kind: Pod\nmetadata: {name: p}\nspec:\n  restartPolicy: Sometimes\n  containers: [{name: c, image: b}]\n";
    let err = play::plan(&play::parse(bad).unwrap(), &[]).unwrap_err();
    assert!(
        err.to_string()
            .contains("invalid restartPolicy \"Sometimes\""),
        "{err}"
    );
}

#[test]
fn quantities_become_den_flags() {
    assert_eq!(play::memory_quantity("1Gi").unwrap(), "1073741824");
    assert_eq!(play::memory_quantity("1M").unwrap(), "1000000");
    assert_eq!(play::memory_quantity("4096").unwrap(), "4096");
    assert!(play::memory_quantity("lots").is_err());
    assert_eq!(play::cpu_quantity("1500m").unwrap(), "1.5");
    assert_eq!(play::cpu_quantity("2").unwrap(), "2");
    assert!(play::cpu_quantity("0").is_err());
}

#[test]
fn a_deployment_wraps_the_pod_in_its_template() {
    let yaml = generate("1.0", &pod(None), &[web()], false, Some(3), &mut || 30000).unwrap();
    let body = yaml
        .split("---\n")
        .nth(1)
        .expect("a document after the note");
    assert!(
        body.starts_with("apiVersion: apps/v1\nkind: Deployment\n"),
        "{body}"
    );
    assert!(
        body.contains("  replicas: 3\n  selector:\n    matchLabels:\n      app: "),
        "{body}"
    );
    assert!(body.contains("  template:\n    metadata:\n"), "{body}");
    assert!(!body.contains("restartPolicy"), "{body}");
}
