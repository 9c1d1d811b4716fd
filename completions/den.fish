# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_den_global_optspecs
    string join \n root= runroot= log-level= storage-driver= storage-opt= events-backend= cgroup-manager= runtime= url= r/remote c/connection= identity= noout syslog tmpdir= network-cmd-path= network-config-dir= conmon= ssh= hooks-dir= namespace= runtime-flag= volumepath= v/version h/help
end

function __fish_den_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_den_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_den_using_subcommand
    set -l cmd (__fish_den_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c den -n "__fish_den_needs_command" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_needs_command" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_needs_command" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_needs_command" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_needs_command" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_needs_command" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_needs_command" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_needs_command" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_needs_command" -l url -d 'Refused: den has no remote service (podman\'s URL of one)' -r
complete -c den -n "__fish_den_needs_command" -s c -l connection -d 'Refused: den has no remote service (podman\'s named connection)' -r
complete -c den -n "__fish_den_needs_command" -l identity -d 'Accepted and unused: podman\'s SSH identity applies only to remote connections, which den does not have' -r -F
complete -c den -n "__fish_den_needs_command" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_needs_command" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_needs_command" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_needs_command" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_needs_command" -l ssh -d 'Accepted for podman\'s command lines: SSH applies to remote connections only' -r
complete -c den -n "__fish_den_needs_command" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_needs_command" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_needs_command" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_needs_command" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_needs_command" -s r -l remote -d 'Refused: den has no remote service'
complete -c den -n "__fish_den_needs_command" -l noout -d 'Do not print on standard output (errors and warnings still go to standard error)'
complete -c den -n "__fish_den_needs_command" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_needs_command" -s v -l version -d 'Print den\'s version'
complete -c den -n "__fish_den_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_needs_command" -f -a "run" -d 'Run a command in a new container'
complete -c den -n "__fish_den_needs_command" -f -a "load" -d 'Load images from a docker-archive or OCI archive tarball, or an OCI layout directory'
complete -c den -n "__fish_den_needs_command" -f -a "import" -d 'Create an image from a tarball of a root filesystem'
complete -c den -n "__fish_den_needs_command" -f -a "pull" -d 'Pull an image from a registry'
complete -c den -n "__fish_den_needs_command" -f -a "push" -d 'Push an image to a registry'
complete -c den -n "__fish_den_needs_command" -f -a "login" -d 'Log in to a registry (credentials are kept in auth.json, as podman does)'
complete -c den -n "__fish_den_needs_command" -f -a "logout" -d 'Log out of a registry'
complete -c den -n "__fish_den_needs_command" -f -a "images" -d 'List images in local storage'
complete -c den -n "__fish_den_needs_command" -f -a "image-ls" -d 'List images in local storage'
complete -c den -n "__fish_den_needs_command" -f -a "rmi" -d 'Remove one or more images from local storage'
complete -c den -n "__fish_den_needs_command" -f -a "info" -d 'Show how den is set up on this machine: mapping, storage driver, paths, kernel features'
complete -c den -n "__fish_den_needs_command" -f -a "version" -d 'Show den\'s version (podman\'s `version` layout)'
complete -c den -n "__fish_den_needs_command" -f -a "doctor" -d 'Check each prerequisite of rootless containers and print the fix for every problem'
complete -c den -n "__fish_den_needs_command" -f -a "unshare" -d 'Run a command inside den\'s user namespace (files of the store get their container owners)'
complete -c den -n "__fish_den_needs_command" -f -a "diff" -d 'Show the files a container added (A), changed (C) and deleted (D) against its image'
complete -c den -n "__fish_den_needs_command" -f -a "commit" -d 'Create a new image from a container\'s changes'
complete -c den -n "__fish_den_needs_command" -f -a "build" -d 'Build an image from a Containerfile (Dockerfile), rootless, with a layer cache'
complete -c den -n "__fish_den_needs_command" -f -a "buildx" -d 'Docker buildx compatibility: `den buildx build` is `den build`'
complete -c den -n "__fish_den_needs_command" -f -a "export" -d 'Export a container\'s root filesystem as a tarball'
complete -c den -n "__fish_den_needs_command" -f -a "cp" -d 'Copy files between a container and the host'
complete -c den -n "__fish_den_needs_command" -f -a "save" -d 'Save images to a docker-archive or OCI archive, or into an OCI layout directory'
complete -c den -n "__fish_den_needs_command" -f -a "tag" -d 'Add names to an image'
complete -c den -n "__fish_den_needs_command" -f -a "untag" -d 'Remove names from an image (all of them when none are given)'
complete -c den -n "__fish_den_needs_command" -f -a "inspect" -d 'Show the details of images as JSON, or fields of them through a template'
complete -c den -n "__fish_den_needs_command" -f -a "history" -d 'Show the history of an image: the steps that made it, newest first'
complete -c den -n "__fish_den_needs_command" -f -a "image" -d 'Manage images: ls, rm, inspect, tag, untag, save, load, import, prune, history, exists'
complete -c den -n "__fish_den_needs_command" -f -a "system" -d 'Manage den\'s store: df, prune, reset, check'
complete -c den -n "__fish_den_needs_command" -f -a "volume" -d 'Manage volumes: create, ls, inspect, rm, prune, exists, export, import'
complete -c den -n "__fish_den_needs_command" -f -a "network" -d 'Manage networks: create, ls, inspect, rm, prune, exists, connect, disconnect, reload'
complete -c den -n "__fish_den_needs_command" -f -a "create" -d 'Create a container without starting it (same flags as `run`)'
complete -c den -n "__fish_den_needs_command" -f -a "start" -d 'Start one or more containers'
complete -c den -n "__fish_den_needs_command" -f -a "stop" -d 'Stop one or more running containers: SIGTERM, then SIGKILL after a timeout'
complete -c den -n "__fish_den_needs_command" -f -a "kill" -d 'Send a signal to one or more running containers'
complete -c den -n "__fish_den_needs_command" -f -a "restart" -d 'Stop and start one or more containers'
complete -c den -n "__fish_den_needs_command" -f -a "rm" -d 'Remove one or more containers'
complete -c den -n "__fish_den_needs_command" -f -a "ps" -d 'List containers'
complete -c den -n "__fish_den_needs_command" -f -a "list" -d 'List containers'
complete -c den -n "__fish_den_needs_command" -f -a "logs" -d 'Show the output of a container'
complete -c den -n "__fish_den_needs_command" -f -a "wait" -d 'Wait for containers to exit and print their exit codes'
complete -c den -n "__fish_den_needs_command" -f -a "exec" -d 'Run a command in a running container'
complete -c den -n "__fish_den_needs_command" -f -a "rename" -d 'Rename a container'
complete -c den -n "__fish_den_needs_command" -f -a "top" -d 'Show the processes of a running container'
complete -c den -n "__fish_den_needs_command" -f -a "port" -d 'Show a container\'s published ports: each as "80/tcp -> 0.0.0.0:8080", or the host address of one (den port CTR 80)'
complete -c den -n "__fish_den_needs_command" -f -a "attach" -d 'Attach to a running container\'s terminal, or its input and output, until it exits'
complete -c den -n "__fish_den_needs_command" -f -a "container" -d 'Manage containers'
complete -c den -n "__fish_den_needs_command" -f -a "pod" -d 'Manage pods: create, ps, inspect, exists, start, stop, kill, restart, rm, prune, top'
complete -c den -n "__fish_den_needs_command" -f -a "generate" -d 'Generate structured data of containers and pods: kube (Kubernetes YAML)'
complete -c den -n "__fish_den_needs_command" -f -a "kube" -d 'Play and take down Kubernetes YAML: play, down, generate'
complete -c den -n "__fish_den_needs_command" -f -a "play" -d 'Play Kubernetes YAML: kube (as den kube play)'
complete -c den -n "__fish_den_needs_command" -f -a "shell" -d 'Enter a project\'s toolbox (den.toml), made on first use: your user, $HOME, working directory and session (display, audio, D-Bus, agents) inside a distro\'s userland'
complete -c den -n "__fish_den_needs_command" -f -a "events" -d 'Show the events of containers and images: what is recorded, then new ones as they happen (--stream=false: only what is recorded)'
complete -c den -n "__fish_den_needs_command" -f -a "secret" -d 'Manage secrets: create, ls, inspect, rm, exists (podman\'s file driver)'
complete -c den -n "__fish_den_needs_command" -f -a "stats" -d 'Show containers\' CPU, memory, network and block I/O use and process counts'
complete -c den -n "__fish_den_needs_command" -f -a "pause" -d 'Pause the processes of running containers'
complete -c den -n "__fish_den_needs_command" -f -a "unpause" -d 'Resume paused containers'
complete -c den -n "__fish_den_needs_command" -f -a "healthcheck" -d 'Run a container\'s health check (den\'s monitor also runs it every --health-interval)'
complete -c den -n "__fish_den_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand run" -l name -d 'Name of the container' -r
complete -c den -n "__fish_den_using_subcommand run" -s e -l env -d 'Set an environment variable (NAME=VALUE, or NAME to copy it from den\'s environment)' -r
complete -c den -n "__fish_den_using_subcommand run" -l env-file -d 'Read environment variables from a file of NAME=VALUE lines' -r -F
complete -c den -n "__fish_den_using_subcommand run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c den -n "__fish_den_using_subcommand run" -s u -l user -d 'User and group to run as inside the container: name or id, user[:group]' -r
complete -c den -n "__fish_den_using_subcommand run" -l entrypoint -d 'Override the image\'s entrypoint (an empty string clears it)' -r
complete -c den -n "__fish_den_using_subcommand run" -s v -l volume -d 'Mount a host path, a named volume (created on first use) or, with DEST alone, a new anonymous volume: [SRC:]DEST[:OPTIONS]' -r
complete -c den -n "__fish_den_using_subcommand run" -l mount -d 'Attach a mount: type=bind|volume|tmpfs,src=SRC,dst=DEST[,OPTIONS], podman\'s keys (source, target, destination, ro, readonly, bind-propagation, bind-nonrecursive, volume-nocopy, tmpfs-size, tmpfs-mode, U, ...)' -r
complete -c den -n "__fish_den_using_subcommand run" -l volumes-from -d 'Mount the volumes and bind mounts of another container: CONTAINER[:ro|rw]' -r
complete -c den -n "__fish_den_using_subcommand run" -l tmpfs -d 'Mount a tmpfs: DEST[:OPTIONS] (options as mount(8): size=64m,mode=1777,ro,...)' -r
complete -c den -n "__fish_den_using_subcommand run" -s h -l hostname -d 'Hostname inside the container (default: the container\'s short id)' -r
complete -c den -n "__fish_den_using_subcommand run" -l network -l net -d 'Network mode: private (the default, unless run.network in config.toml says otherwise; "bridge" is the same): a network namespace of its own, connected by pasta, or slirp4netns when pasta is not installed; pasta[:OPTIONS] (pasta\'s own options, comma separated; --map-gw lets the gateway address reach the host\'s loopback); slirp4netns[:OPTIONS] (allow_host_loopback=, enable_ipv6=, mtu=, cidr=, outbound_addr=, outbound_addr6=, port_handler=); host (share the host\'s network); none (loopback only); container:NAME (that running container\'s network, and its user namespace) or ns:PATH (the network namespace at PATH, and the user namespace that owns it); or user-defined networks (den network create): NAME[:ip=IP,mac=MAC, alias=NAME,interface_name=NAME], several comma separated' -r
complete -c den -n "__fish_den_using_subcommand run" -s p -l publish -d 'Publish a container port on the host: [IP:][HOSTPORT:]PORT[/tcp|udp], ranges as 8000-8010:80-90; without HOSTPORT a free port is chosen (see den port)' -r
complete -c den -n "__fish_den_using_subcommand run" -l expose -d 'Expose a port or range (PORT[-PORT][/PROTO]) for --publish-all, as EXPOSE does' -r
complete -c den -n "__fish_den_using_subcommand run" -l dns -d 'Name server for the container\'s /etc/resolv.conf (replaces the network\'s)' -r
complete -c den -n "__fish_den_using_subcommand run" -l dns-search -d 'Search domain for /etc/resolv.conf ("." for none)' -r
complete -c den -n "__fish_den_using_subcommand run" -l dns-option -d 'Option line entry for /etc/resolv.conf (e.g. ndots:2)' -r
complete -c den -n "__fish_den_using_subcommand run" -l add-host -d 'Add a line to /etc/hosts: HOST:IP (IP "host-gateway" is the host\'s address)' -r
complete -c den -n "__fish_den_using_subcommand run" -l ip -d 'The container\'s IPv4 address on its (first) user-defined network' -r
complete -c den -n "__fish_den_using_subcommand run" -l mac-address -d 'The container\'s MAC address on its (first) user-defined network' -r
complete -c den -n "__fish_den_using_subcommand run" -l network-alias -d 'Another name the (first) user-defined network\'s DNS answers for the container. Repeatable' -r
complete -c den -n "__fish_den_using_subcommand run" -l cap-add -d 'Add a Linux capability (e.g. NET_RAW, or ALL)' -r
complete -c den -n "__fish_den_using_subcommand run" -l cap-drop -d 'Drop a Linux capability (e.g. CHOWN, or ALL)' -r
complete -c den -n "__fish_den_using_subcommand run" -l security-opt -d 'Security options: seccomp=unconfined, no-new-privileges' -r
complete -c den -n "__fish_den_using_subcommand run" -l userns -d 'User namespace mode: host (den\'s default mapping: uid 0 is you, 1.. your subordinate range), keep-id[:uid=U,gid=G] (you are uid U, default your own, with your name in /etc/passwd, and the program runs as you; the image\'s files keep their owners), nomap (your own uid is not mapped) or auto[:size=N] (a part of your range)' -r
complete -c den -n "__fish_den_using_subcommand run" -l ipc -d 'IPC namespace: private (the default), shareable (the same, rootless), none (private, without /dev/shm), host (the host\'s, with its /dev/shm), container:NAME (that running container\'s, and its user namespace), ns:PATH' -r
complete -c den -n "__fish_den_using_subcommand run" -l pid -d 'PID namespace: private (the default), host (no PID namespace; /proc is the host\'s, bound, since a user namespace cannot mount a /proc of the host\'s PID namespace), container:NAME (that running container\'s, and its user namespace), ns:PATH' -r
complete -c den -n "__fish_den_using_subcommand run" -l uts -d 'UTS namespace: private (the default), host (the host\'s hostname, which cannot be set: --hostname is refused), container:NAME (that running container\'s hostname), ns:PATH' -r
complete -c den -n "__fish_den_using_subcommand run" -l cgroupns -d 'Cgroup namespace: private, or host (the default on cgroup v1, as podman; private on cgroup v2)' -r
complete -c den -n "__fish_den_using_subcommand run" -l device -d 'Bind a host device into the container: HOST[:CONTAINER][:PERMS], PERMS of r, w, m (accepted; rootless, the device\'s own permissions decide). A directory binds every device below it. A device your user cannot open is refused' -r
complete -c den -n "__fish_den_using_subcommand run" -l device-cgroup-rule -d 'A device cgroup rule (\'c 1:3 rwm\'): checked and, as rootless podman, not applied (a rootless container has no device cgroup; its devices are those bound in)' -r
complete -c den -n "__fish_den_using_subcommand run" -l group-add -d 'Add a supplementary group (name or id, looked up in the container\'s /etc/group), or keep-groups: keep your own supplementary groups (they show as nogroup inside)' -r
complete -c den -n "__fish_den_using_subcommand run" -l sysctl -d 'Set a namespaced kernel parameter: KEY=VALUE. As podman: net.* with a network namespace of the container\'s own; kernel.msg*, kernel.sem, kernel.shm*, fs.mqueue.* with a private IPC namespace' -r
complete -c den -n "__fish_den_using_subcommand run" -l ulimit -d 'A resource limit for the program: NAME=SOFT[:HARD] (nofile, nproc, core, memlock, stack, ...; -1 is unlimited), or host (den\'s own limits). Default, as rootless podman: nofile at your hard limit, nproc at kernel.pid_max. A limit above your hard limit is an error' -r
complete -c den -n "__fish_den_using_subcommand run" -l umask -d 'The program\'s umask, in octal (default 0022)' -r
complete -c den -n "__fish_den_using_subcommand run" -l pull -d 'When to pull the image: missing (when the store lacks it), always, never, or newer (as always: layers the store has are not fetched again)' -r -f -a "missing\t'Pull when the store has no image of that name'
always\t'Always pull (unchanged layers are not fetched again)'
never\t'Never pull: use the store\'s image or fail'
newer\t'Pull when the registry has a newer image (den pulls, reusing unchanged layers)'"
complete -c den -n "__fish_den_using_subcommand run" -s m -l memory -d 'Memory limit: a number with an optional unit b, k, m, g (e.g. 512m). Applied in a cgroup v2 subtree delegated to you; on cgroup v1 it is ignored with podman\'s warning' -r
complete -c den -n "__fish_den_using_subcommand run" -l memory-swap -d 'Memory plus swap limit (-1: unlimited swap); needs --memory' -r
complete -c den -n "__fish_den_using_subcommand run" -l memory-reservation -d 'Soft memory limit (cgroup v2 memory.low)' -r
complete -c den -n "__fish_den_using_subcommand run" -l cpus -d 'Number of CPUs the container may use (e.g. 1.5: a quota of 150 ms per 100 ms)' -r
complete -c den -n "__fish_den_using_subcommand run" -s c -l cpu-shares -d 'Relative CPU weight (podman\'s shares, 2 to 262144; 1024 is the default weight)' -r
complete -c den -n "__fish_den_using_subcommand run" -l cpu-quota -d 'CPU time per period, in microseconds (with --cpu-period; not with --cpus)' -r
complete -c den -n "__fish_den_using_subcommand run" -l cpu-period -d 'Length of a CPU quota period, in microseconds (1000 to 1000000)' -r
complete -c den -n "__fish_den_using_subcommand run" -l cpuset-cpus -d 'CPUs the container may run on (0-3, 0,1)' -r
complete -c den -n "__fish_den_using_subcommand run" -l cpuset-mems -d 'Memory nodes the container may use (0-3, 0,1)' -r
complete -c den -n "__fish_den_using_subcommand run" -l pids-limit -d 'Most processes the container may have (-1: unlimited)' -r
complete -c den -n "__fish_den_using_subcommand run" -l blkio-weight -d 'Block I/O weight, 10 to 1000 (cgroup v2 io.weight)' -r
complete -c den -n "__fish_den_using_subcommand run" -l cgroup-parent -d 'Make the container\'s cgroup below this path of your delegated cgroup' -r
complete -c den -n "__fish_den_using_subcommand run" -l cgroups -d 'Whether the container gets a cgroup of its own: enabled (the default, where cgroup v2 is delegated to you), disabled (it stays in den\'s cgroup), no-conmon and split (as enabled: den has no conmon, and its monitor is never in the container\'s group)' -r
complete -c den -n "__fish_den_using_subcommand run" -l secret -d 'Give the container a secret made with `den secret create`: NAME[,type=mount|env][,target=PATH|VAR][,uid=UID,gid=GID,mode=MODE]. type=mount (the default) mounts it read-only at /run/secrets/NAME (or target: an absolute path, or a name under /run/secrets), mode 0444 unless given; type=env sets the variable NAME (or target) to its content' -r
complete -c den -n "__fish_den_using_subcommand run" -s l -l label -d 'Add a label to the container: KEY=VALUE, or KEY for an empty value (repeatable; shown in inspect\'s Config.Labels, over the image\'s labels; `ps --filter label=`)' -r
complete -c den -n "__fish_den_using_subcommand run" -l label-file -d 'Read labels from FILE: KEY=VALUE lines; blank lines and `#` comments are skipped (repeatable; before --label)' -r -F
complete -c den -n "__fish_den_using_subcommand run" -l annotation -d 'Add an annotation to the container: KEY=VALUE (repeatable; inspect\'s Config.Annotations)' -r
complete -c den -n "__fish_den_using_subcommand run" -l stop-signal -d 'The signal `den stop` sends first: a name (TERM, SIGUSR1) or a number. Default: the image\'s StopSignal, else SIGTERM' -r
complete -c den -n "__fish_den_using_subcommand run" -l stop-timeout -d 'Seconds `den stop` (and `restart`) waits after the stop signal before SIGKILL, when its -t is not given (default 10)' -r
complete -c den -n "__fish_den_using_subcommand run" -l tz -d 'Time zone of the container: a name under /usr/share/zoneinfo (Europe/Paris, UTC) or `local` (the host\'s /etc/localtime); copied to the container\'s /etc/localtime. An unknown zone is refused' -r
complete -c den -n "__fish_den_using_subcommand run" -l passwd-entry -d 'The line written to the container\'s /etc/passwd for a user id the image does not list: $USERNAME, $UID, $GID, $NAME and $HOME are replaced (default `$USERNAME:*:$UID:$GID:$NAME:$HOME:/bin/sh`, with the working directory as $HOME)' -r
complete -c den -n "__fish_den_using_subcommand run" -l http-proxy -d 'Pass den\'s proxy variables (http_proxy, https_proxy, ftp_proxy, no_proxy and their upper-case forms) into the container; `--http-proxy=false` does not' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand run" -l init-path -d 'Path to podman\'s container-init binary: accepted and not used (den\'s init is built in)' -r -F
complete -c den -n "__fish_den_using_subcommand run" -l log-driver -d 'Where the container\'s output goes: k8s-file (the default: a log file `den logs` reads), json-file (podman\'s alias of k8s-file), none (kept nowhere) or passthrough (the container writes to den\'s own stdout and stderr, also with -d). journald is refused: den runs without systemd' -r
complete -c den -n "__fish_den_using_subcommand run" -l log-opt -d 'A log option: max-size=SIZE (the log starts afresh when it would grow past SIZE, as conmon: 10k, 1m; -1 for no limit), path=FILE (the log file instead of the container\'s ctr.log), tag=TAG (shown by inspect). Repeatable' -r
complete -c den -n "__fish_den_using_subcommand run" -l restart -d 'Restart policy, carried out by the container\'s monitor: no, on-failure[:N] (on a non-zero exit, at most N times), always, unless-stopped. `den stop` and `den kill` end it. Not with --rm' -r
complete -c den -n "__fish_den_using_subcommand run" -l health-cmd -d 'A health check to run in the container: a shell command (CMD-SHELL), a JSON array (`["CMD", "prog", "arg"]` or `["CMD-SHELL", "cmd"]`), or none. Exit 0 is healthy' -r
complete -c den -n "__fish_den_using_subcommand run" -l health-interval -d 'Time between health checks (default 30s; `disable`: only `den healthcheck run`)' -r
complete -c den -n "__fish_den_using_subcommand run" -l health-retries -d 'Failures in a row that make the container unhealthy (default 3)' -r
complete -c den -n "__fish_den_using_subcommand run" -l health-start-period -d 'Time after the start in which failures do not count (default 0s)' -r
complete -c den -n "__fish_den_using_subcommand run" -l health-timeout -d 'Time a check may take before it counts as failed (default 30s, at least 1s)' -r
complete -c den -n "__fish_den_using_subcommand run" -l health-on-failure -d 'What the monitor does when the container turns unhealthy: none (the default), kill, restart or stop' -r
complete -c den -n "__fish_den_using_subcommand run" -l pod -d 'Run in a pod (name or id), in the namespaces its infra holds; new:NAME creates the pod first (with this container\'s -p as the pod\'s ports)' -r
complete -c den -n "__fish_den_using_subcommand run" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand run" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand run" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand run" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand run" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand run" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand run" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand run" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand run" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand run" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand run" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand run" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand run" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand run" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand run" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand run" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand run" -l help -d 'Print help (`-h` is --hostname, as in podman)'
complete -c den -n "__fish_den_using_subcommand run" -s i -l interactive -d 'Keep standard input open'
complete -c den -n "__fish_den_using_subcommand run" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c den -n "__fish_den_using_subcommand run" -l rm -d 'Remove the container when it exits'
complete -c den -n "__fish_den_using_subcommand run" -s d -l detach -d 'Run the container in the background and print its id (`den run` only)'
complete -c den -n "__fish_den_using_subcommand run" -l read-only -d 'Mount the container\'s root filesystem read-only'
complete -c den -n "__fish_den_using_subcommand run" -s P -l publish-all -d 'Publish every exposed port (the image\'s EXPOSE and --expose) to a free host port'
complete -c den -n "__fish_den_using_subcommand run" -l no-hosts -d 'Do not write /etc/hosts: the image\'s own file stays'
complete -c den -n "__fish_den_using_subcommand run" -l privileged -d 'Give the container every capability of its user namespace, no seccomp filter, no masked or read-only /proc and /sys paths, a writable /sys where the kernel allows, and the host\'s devices (bound in: rootless, only those your user may open are usable)'
complete -c den -n "__fish_den_using_subcommand run" -l rootfs -d 'IMAGE is a directory to use as the root filesystem instead of an image'
complete -c den -n "__fish_den_using_subcommand run" -l env-host -d 'Pass den\'s whole environment into the container: over the image\'s variables, under --env-file and --env'
complete -c den -n "__fish_den_using_subcommand run" -l init -d 'Run an init as PID 1 that forwards signals and reaps zombies. den always does (its own init, shown as podman\'s `/run/podman-init`), so this changes nothing'
complete -c den -n "__fish_den_using_subcommand run" -l replace -d 'Remove an existing container of the same --name first (stopping it if it runs)'
complete -c den -n "__fish_den_using_subcommand run" -l rmi -d 'Remove the image after the container exits (with --rm), unless another container uses it (`den run` only)'
complete -c den -n "__fish_den_using_subcommand run" -s q -l quiet -d 'Print no pull progress when the image must be pulled'
complete -c den -n "__fish_den_using_subcommand run" -l no-healthcheck -d 'Run no health check, not even the image\'s'
complete -c den -n "__fish_den_using_subcommand run" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand load" -s i -l input -d 'Read from a tarball (docker-archive or OCI archive) or an OCI layout directory instead of standard input' -r -F
complete -c den -n "__fish_den_using_subcommand load" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand load" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand load" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand load" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand load" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand load" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand load" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand load" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand load" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand load" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand load" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand load" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand load" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand load" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand load" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand load" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand load" -s q -l quiet -d 'Print only the image names'
complete -c den -n "__fish_den_using_subcommand load" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand load" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand import" -s c -l change -d 'Apply a Dockerfile instruction to the image config: CMD, ENTRYPOINT, ENV, WORKDIR, USER, LABEL, VOLUME (e.g. `--change \'CMD ["sh"]\'`)' -r
complete -c den -n "__fish_den_using_subcommand import" -s m -l message -d 'Commit message recorded in the image history' -r
complete -c den -n "__fish_den_using_subcommand import" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand import" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand import" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand import" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand import" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand import" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand import" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand import" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand import" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand import" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand import" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand import" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand import" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand import" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand import" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand import" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand import" -s q -l quiet -d 'Print only the image id'
complete -c den -n "__fish_den_using_subcommand import" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand pull" -l tls-verify -d 'Require HTTPS and verify the registry\'s certificate (default: true, unless the registry is marked insecure in registries.conf). `--tls-verify=false` also allows plain HTTP' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand pull" -l cert-dir -d 'Directory of CA certificates (*.crt) to trust for the registry' -r -F
complete -c den -n "__fish_den_using_subcommand pull" -l authfile -d 'Credentials file to use instead of podman\'s and docker\'s usual ones' -r -F
complete -c den -n "__fish_den_using_subcommand pull" -l creds -d 'Credentials for the registry: USER:PASSWORD' -r
complete -c den -n "__fish_den_using_subcommand pull" -l platform -d 'Platform to choose from a multi-platform image: OS/ARCH[/VARIANT] (default: this machine\'s)' -r
complete -c den -n "__fish_den_using_subcommand pull" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand pull" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand pull" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand pull" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand pull" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand pull" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand pull" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand pull" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand pull" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pull" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pull" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pull" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pull" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand pull" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand pull" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand pull" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand pull" -s q -l quiet -d 'Print only the image id'
complete -c den -n "__fish_den_using_subcommand pull" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand pull" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand push" -l tls-verify -d 'Require HTTPS and verify the registry\'s certificate (default: true, unless the registry is marked insecure in registries.conf). `--tls-verify=false` also allows plain HTTP' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand push" -l cert-dir -d 'Directory of CA certificates (*.crt) to trust for the registry' -r -F
complete -c den -n "__fish_den_using_subcommand push" -l authfile -d 'Credentials file to use instead of podman\'s and docker\'s usual ones' -r -F
complete -c den -n "__fish_den_using_subcommand push" -l creds -d 'Credentials for the registry: USER:PASSWORD' -r
complete -c den -n "__fish_den_using_subcommand push" -l digestfile -d 'Write the digest of the pushed manifest to this file' -r -F
complete -c den -n "__fish_den_using_subcommand push" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand push" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand push" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand push" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand push" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand push" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand push" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand push" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand push" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand push" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand push" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand push" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand push" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand push" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand push" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand push" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand push" -s q -l quiet -d 'Print nothing but errors'
complete -c den -n "__fish_den_using_subcommand push" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand push" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand login" -l tls-verify -d 'Require HTTPS and verify the registry\'s certificate (default: true, unless the registry is marked insecure in registries.conf). `--tls-verify=false` also allows plain HTTP' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand login" -l cert-dir -d 'Directory of CA certificates (*.crt) to trust for the registry' -r -F
complete -c den -n "__fish_den_using_subcommand login" -l authfile -d 'Credentials file to use instead of podman\'s and docker\'s usual ones' -r -F
complete -c den -n "__fish_den_using_subcommand login" -s u -l username -d 'User name' -r
complete -c den -n "__fish_den_using_subcommand login" -s p -l password -d 'Password (prefer --password-stdin: a password on the command line shows in ps)' -r
complete -c den -n "__fish_den_using_subcommand login" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand login" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand login" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand login" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand login" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand login" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand login" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand login" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand login" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand login" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand login" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand login" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand login" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand login" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand login" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand login" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand login" -l password-stdin -d 'Read the password from standard input'
complete -c den -n "__fish_den_using_subcommand login" -l get-login -d 'Check whether credentials for the registry are stored, without logging in'
complete -c den -n "__fish_den_using_subcommand login" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand logout" -l authfile -d 'Credentials file to edit' -r -F
complete -c den -n "__fish_den_using_subcommand logout" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand logout" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand logout" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand logout" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand logout" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand logout" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand logout" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand logout" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand logout" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand logout" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand logout" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand logout" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand logout" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand logout" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand logout" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand logout" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand logout" -s a -l all -d 'Remove the credentials of every registry'
complete -c den -n "__fish_den_using_subcommand logout" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand images" -l format -d 'Output format: `json`, `table`, `table TEMPLATE` (a header row, `\\t` between columns) or a Go template applied to each image, such as \'{{.Repository}}:{{.Tag}} {{.ID}}\'' -r
complete -c den -n "__fish_den_using_subcommand images" -l sort -d 'Sort by: created (the default, newest first), id, repository, size, tag' -r -f -a "created\t''
id\t''
repository\t''
size\t''
tag\t''"
complete -c den -n "__fish_den_using_subcommand images" -s f -l filter -d 'Show only images that match: dangling=true|false, reference=PATTERN (a glob on the name, with or without tag), before=IMAGE, since=IMAGE, label=KEY[=VALUE], id=PREFIX. Repeatable: different keys must all match, values of one key any (label: all)' -r
complete -c den -n "__fish_den_using_subcommand images" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand images" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand images" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand images" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand images" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand images" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand images" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand images" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand images" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand images" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand images" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand images" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand images" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand images" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand images" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand images" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand images" -s q -l quiet -d 'Only show image ids'
complete -c den -n "__fish_den_using_subcommand images" -l no-trunc -d 'Do not truncate image ids'
complete -c den -n "__fish_den_using_subcommand images" -s a -l all -d 'Show all images, also the nameless intermediate images `den build` keeps for its cache (hidden by default, as podman hides them)'
complete -c den -n "__fish_den_using_subcommand images" -l digests -d 'Show each image\'s digest'
complete -c den -n "__fish_den_using_subcommand images" -s n -l noheading -d 'Do not print the header row'
complete -c den -n "__fish_den_using_subcommand images" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand images" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image-ls" -l format -d 'Output format: `json`, `table`, `table TEMPLATE` (a header row, `\\t` between columns) or a Go template applied to each image, such as \'{{.Repository}}:{{.Tag}} {{.ID}}\'' -r
complete -c den -n "__fish_den_using_subcommand image-ls" -l sort -d 'Sort by: created (the default, newest first), id, repository, size, tag' -r -f -a "created\t''
id\t''
repository\t''
size\t''
tag\t''"
complete -c den -n "__fish_den_using_subcommand image-ls" -s f -l filter -d 'Show only images that match: dangling=true|false, reference=PATTERN (a glob on the name, with or without tag), before=IMAGE, since=IMAGE, label=KEY[=VALUE], id=PREFIX. Repeatable: different keys must all match, values of one key any (label: all)' -r
complete -c den -n "__fish_den_using_subcommand image-ls" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand image-ls" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand image-ls" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand image-ls" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand image-ls" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand image-ls" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand image-ls" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand image-ls" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand image-ls" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image-ls" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image-ls" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image-ls" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image-ls" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand image-ls" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand image-ls" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand image-ls" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand image-ls" -s q -l quiet -d 'Only show image ids'
complete -c den -n "__fish_den_using_subcommand image-ls" -l no-trunc -d 'Do not truncate image ids'
complete -c den -n "__fish_den_using_subcommand image-ls" -s a -l all -d 'Show all images, also the nameless intermediate images `den build` keeps for its cache (hidden by default, as podman hides them)'
complete -c den -n "__fish_den_using_subcommand image-ls" -l digests -d 'Show each image\'s digest'
complete -c den -n "__fish_den_using_subcommand image-ls" -s n -l noheading -d 'Do not print the header row'
complete -c den -n "__fish_den_using_subcommand image-ls" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand image-ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand rmi" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand rmi" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand rmi" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand rmi" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand rmi" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand rmi" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand rmi" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand rmi" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand rmi" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand rmi" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand rmi" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand rmi" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand rmi" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand rmi" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand rmi" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand rmi" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand rmi" -s f -l force -d 'Remove the containers that use the image first, and delete an image given by id even if it has several names (a name of several is only untagged, with or without -f)'
complete -c den -n "__fish_den_using_subcommand rmi" -s a -l all -d 'Remove all images'
complete -c den -n "__fish_den_using_subcommand rmi" -s i -l ignore -d 'Do not fail on an image that is not in the store (-f does not either, as podman)'
complete -c den -n "__fish_den_using_subcommand rmi" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand rmi" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand info" -s f -l format -d 'Output format: `json`, or a Go template on podman\'s keys, such as \'{{.Host.Arch}} {{.Store.GraphRoot}} {{.Version.Version}}\'' -r
complete -c den -n "__fish_den_using_subcommand info" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand info" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand info" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand info" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand info" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand info" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand info" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand info" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand info" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand info" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand info" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand info" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand info" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand info" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand info" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand info" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand info" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand version" -s f -l format -d 'Output format: `json`, or a Go template such as \'{{.Client.Version}}\'' -r
complete -c den -n "__fish_den_using_subcommand version" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand version" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand version" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand version" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand version" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand version" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand version" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand version" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand version" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand version" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand version" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand version" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand version" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand version" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand version" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand version" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand version" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand doctor" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand doctor" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand doctor" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand doctor" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand doctor" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand doctor" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand doctor" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand doctor" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand doctor" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand doctor" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand doctor" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand doctor" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand doctor" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand doctor" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand doctor" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand doctor" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand doctor" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand unshare" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand unshare" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand unshare" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand unshare" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand unshare" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand unshare" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand unshare" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand unshare" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand unshare" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand unshare" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand unshare" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand unshare" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand unshare" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand unshare" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand unshare" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand unshare" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand unshare" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand unshare" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand diff" -l format -d 'Output format: `json` prints {"changed": [...], "added": [...], "deleted": [...]}' -r -f -a "table\t'Human-readable table'
json\t'JSON, for scripts'"
complete -c den -n "__fish_den_using_subcommand diff" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand diff" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand diff" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand diff" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand diff" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand diff" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand diff" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand diff" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand diff" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand diff" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand diff" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand diff" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand diff" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand diff" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand diff" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand diff" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand diff" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand commit" -s a -l author -d 'Author recorded in the image config and history' -r
complete -c den -n "__fish_den_using_subcommand commit" -s c -l change -d 'Apply a Dockerfile instruction to the image config: CMD, ENTRYPOINT, ENV, WORKDIR, USER, LABEL, VOLUME (e.g. `--change \'CMD ["sh"]\'`)' -r
complete -c den -n "__fish_den_using_subcommand commit" -s m -l message -d 'Commit message recorded in the image history' -r
complete -c den -n "__fish_den_using_subcommand commit" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand commit" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand commit" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand commit" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand commit" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand commit" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand commit" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand commit" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand commit" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand commit" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand commit" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand commit" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand commit" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand commit" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand commit" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand commit" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand commit" -s q -l quiet -d 'Print only the image id (den prints nothing else anyway)'
complete -c den -n "__fish_den_using_subcommand commit" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand commit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand build" -s t -l tag -d 'Name the built image (repeatable; a name without a domain goes under localhost/)' -r
complete -c den -n "__fish_den_using_subcommand build" -s f -l file -d 'The Containerfile ("-": standard input). Default: Containerfile, else Dockerfile, in the context directory' -r
complete -c den -n "__fish_den_using_subcommand build" -l build-arg -d 'A build argument, ARG\'s value: NAME=VALUE, or NAME to take it from den\'s environment' -r
complete -c den -n "__fish_den_using_subcommand build" -l build-arg-file -d 'A file of NAME=VALUE build arguments, one a line (# comments)' -r -F
complete -c den -n "__fish_den_using_subcommand build" -l target -d 'Build up to this stage (its name or index) and name its image' -r
complete -c den -n "__fish_den_using_subcommand build" -l cache-from -d 'A remote repository of cached steps to read (accepted for podman\'s command lines; den\'s cache is the local store\'s, so it warns and builds without it)' -r
complete -c den -n "__fish_den_using_subcommand build" -l cache-to -d 'A remote repository to push cached steps to (accepted; den warns and does not push)' -r
complete -c den -n "__fish_den_using_subcommand build" -l layers -d 'Cache the image of each step and reuse it when the step did not change [default: true]' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand build" -l pull -d 'When to pull FROM images: missing, always, never, newer; true is always, false missing (`--pull` alone: always; a value only with `=`)' -r
complete -c den -n "__fish_den_using_subcommand build" -l iidfile -d 'Write the image\'s id (sha256:...) to this file' -r -F
complete -c den -n "__fish_den_using_subcommand build" -l label -d 'A label for the image: KEY=VALUE (repeatable)' -r
complete -c den -n "__fish_den_using_subcommand build" -l format -d 'The image format: oci or docker (a Docker v2 schema 2 manifest)' -r -f -a "oci\t'OCI image config and manifest (podman\'s default)'
docker\t'A Docker v2 schema 2 manifest and docker config media types'"
complete -c den -n "__fish_den_using_subcommand build" -l annotation -d 'An annotation of the image\'s manifest: KEY=VALUE (repeatable; OCI format only)' -r
complete -c den -n "__fish_den_using_subcommand build" -l platform -d 'The platform to build for: this machine\'s only (linux/ARCH)' -r
complete -c den -n "__fish_den_using_subcommand build" -l rm -d 'Remove each RUN step\'s container after the step' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand build" -l force-rm -d 'Remove a RUN step\'s container even when the step failed' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand build" -l env -d 'Set an environment variable in every stage: NAME=VALUE, or NAME (from den\'s)' -r
complete -c den -n "__fish_den_using_subcommand build" -l unsetenv -d 'Remove an environment variable the base image sets' -r
complete -c den -n "__fish_den_using_subcommand build" -l secret -d 'A secret for RUN --mount=type=secret: id=ID,src=FILE (at /run/secrets/ID)' -r
complete -c den -n "__fish_den_using_subcommand build" -l network -l net -d 'The network of RUN steps: host (the default, unless run.network in config.toml says otherwise), none, private, pasta[:OPTS] or slirp4netns[:OPTS] (as den run)' -r
complete -c den -n "__fish_den_using_subcommand build" -l ulimit -d 'A resource limit for RUN steps: NAME=SOFT[:HARD] (as den run\'s --ulimit)' -r
complete -c den -n "__fish_den_using_subcommand build" -s v -l volume -d 'Mount a host path or volume in every RUN step: SRC:DEST[:OPTS]' -r
complete -c den -n "__fish_den_using_subcommand build" -l timestamp -d 'Set every created time (images, history) to these seconds since the epoch, for reproducible ids. Default: $SOURCE_DATE_EPOCH when set' -r
complete -c den -n "__fish_den_using_subcommand build" -l ignorefile -d 'The ignore file (default: .containerignore, else .dockerignore, in the context)' -r -F
complete -c den -n "__fish_den_using_subcommand build" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand build" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand build" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand build" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand build" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand build" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand build" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand build" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand build" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand build" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand build" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand build" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand build" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand build" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand build" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand build" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand build" -l no-cache -d 'Run every step again: no cache lookups (the new steps are cached)'
complete -c den -n "__fish_den_using_subcommand build" -s q -l quiet -d 'Print only the image id (and the output of RUN steps)'
complete -c den -n "__fish_den_using_subcommand build" -l squash-all -d 'Squash the whole image, base layers included, into one layer with one history entry'
complete -c den -n "__fish_den_using_subcommand build" -l squash -d 'Squash the layers the final stage\'s steps add into one; the base image\'s layers stay. No step is cached'
complete -c den -n "__fish_den_using_subcommand build" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand build" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -f -a "build" -d 'Build an image from a Containerfile (as `den build`)'
complete -c den -n "__fish_den_using_subcommand buildx; and not __fish_seen_subcommand_from build help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -s t -l tag -d 'Name the built image (repeatable; a name without a domain goes under localhost/)' -r
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -s f -l file -d 'The Containerfile ("-": standard input). Default: Containerfile, else Dockerfile, in the context directory' -r
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l build-arg -d 'A build argument, ARG\'s value: NAME=VALUE, or NAME to take it from den\'s environment' -r
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l build-arg-file -d 'A file of NAME=VALUE build arguments, one a line (# comments)' -r -F
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l target -d 'Build up to this stage (its name or index) and name its image' -r
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l cache-from -d 'A remote repository of cached steps to read (accepted for podman\'s command lines; den\'s cache is the local store\'s, so it warns and builds without it)' -r
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l cache-to -d 'A remote repository to push cached steps to (accepted; den warns and does not push)' -r
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l layers -d 'Cache the image of each step and reuse it when the step did not change [default: true]' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l pull -d 'When to pull FROM images: missing, always, never, newer; true is always, false missing (`--pull` alone: always; a value only with `=`)' -r
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l iidfile -d 'Write the image\'s id (sha256:...) to this file' -r -F
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l label -d 'A label for the image: KEY=VALUE (repeatable)' -r
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l format -d 'The image format: oci or docker (a Docker v2 schema 2 manifest)' -r -f -a "oci\t'OCI image config and manifest (podman\'s default)'
docker\t'A Docker v2 schema 2 manifest and docker config media types'"
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l annotation -d 'An annotation of the image\'s manifest: KEY=VALUE (repeatable; OCI format only)' -r
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l platform -d 'The platform to build for: this machine\'s only (linux/ARCH)' -r
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l rm -d 'Remove each RUN step\'s container after the step' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l force-rm -d 'Remove a RUN step\'s container even when the step failed' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l env -d 'Set an environment variable in every stage: NAME=VALUE, or NAME (from den\'s)' -r
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l unsetenv -d 'Remove an environment variable the base image sets' -r
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l secret -d 'A secret for RUN --mount=type=secret: id=ID,src=FILE (at /run/secrets/ID)' -r
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l network -l net -d 'The network of RUN steps: host (the default, unless run.network in config.toml says otherwise), none, private, pasta[:OPTS] or slirp4netns[:OPTS] (as den run)' -r
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l ulimit -d 'A resource limit for RUN steps: NAME=SOFT[:HARD] (as den run\'s --ulimit)' -r
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -s v -l volume -d 'Mount a host path or volume in every RUN step: SRC:DEST[:OPTS]' -r
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l timestamp -d 'Set every created time (images, history) to these seconds since the epoch, for reproducible ids. Default: $SOURCE_DATE_EPOCH when set' -r
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l ignorefile -d 'The ignore file (default: .containerignore, else .dockerignore, in the context)' -r -F
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l no-cache -d 'Run every step again: no cache lookups (the new steps are cached)'
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -s q -l quiet -d 'Print only the image id (and the output of RUN steps)'
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l squash-all -d 'Squash the whole image, base layers included, into one layer with one history entry'
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l squash -d 'Squash the layers the final stage\'s steps add into one; the base image\'s layers stay. No step is cached'
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from help" -f -a "build" -d 'Build an image from a Containerfile (as `den build`)'
complete -c den -n "__fish_den_using_subcommand buildx; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand export" -s o -l output -d 'Write to FILE instead of standard output' -r -F
complete -c den -n "__fish_den_using_subcommand export" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand export" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand export" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand export" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand export" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand export" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand export" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand export" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand export" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand export" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand export" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand export" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand export" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand export" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand export" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand export" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand export" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand cp" -s a -l archive -d 'Archive mode (podman\'s, default true): files copied into a container belong to its primary user and group; -a=false keeps the ids of the source' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand cp" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand cp" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand cp" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand cp" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand cp" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand cp" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand cp" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand cp" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand cp" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand cp" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand cp" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand cp" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand cp" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand cp" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand cp" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand cp" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand cp" -l overwrite -d 'Let a directory replace a non-directory and the other way round'
complete -c den -n "__fish_den_using_subcommand cp" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand cp" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand save" -s o -l output -d 'Write to this file (a directory for oci-dir) instead of standard output' -r -F
complete -c den -n "__fish_den_using_subcommand save" -l format -d 'Archive format' -r -f -a "docker-archive\t'The format of `docker save` and `podman save`: uncompressed layers, manifest.json'
oci-archive\t'An OCI image layout in a tarball; layers as the store keeps them (usually compressed)'
oci-dir\t'An OCI image layout directory (-o names the directory)'"
complete -c den -n "__fish_den_using_subcommand save" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand save" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand save" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand save" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand save" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand save" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand save" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand save" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand save" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand save" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand save" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand save" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand save" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand save" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand save" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand save" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand save" -s m -l multi-image-archive -d 'Accepted for podman compatibility: den always saves every IMAGE given (as docker does), into one archive'
complete -c den -n "__fish_den_using_subcommand save" -s q -l quiet -d 'Print nothing but errors (den prints no progress anyway)'
complete -c den -n "__fish_den_using_subcommand save" -l uncompressed -d 'Accepted for podman compatibility: den never recompresses, OCI formats get the layers exactly as the store keeps them (uncompressed when they came so)'
complete -c den -n "__fish_den_using_subcommand save" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand save" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand tag" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand tag" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand tag" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand tag" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand tag" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand tag" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand tag" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand tag" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand tag" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand tag" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand tag" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand tag" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand tag" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand tag" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand tag" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand tag" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand tag" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand tag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand untag" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand untag" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand untag" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand untag" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand untag" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand untag" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand untag" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand untag" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand untag" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand untag" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand untag" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand untag" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand untag" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand untag" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand untag" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand untag" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand untag" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand untag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand inspect" -s t -l type -d 'What kind of object to inspect' -r -f -a "image\t'Images only'
container\t'Containers only'
all\t'Containers with those names, else images'
volume\t'Volumes (refused until den has volumes)'
network\t'Networks (refused: den has no networks)'
pod\t'Pods (as `den pod inspect`, always an array)'"
complete -c den -n "__fish_den_using_subcommand inspect" -s f -l format -d '`json` (the default), or a Go template applied to each object, such as \'{{.Id}}\', \'{{json .Config.Env}}\' or \'{{range .RepoTags}}{{.}} {{end}}\'' -r
complete -c den -n "__fish_den_using_subcommand inspect" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand inspect" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand inspect" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand inspect" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand inspect" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand inspect" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand inspect" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand inspect" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand inspect" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand inspect" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand inspect" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand inspect" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand inspect" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand inspect" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand inspect" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand inspect" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand inspect" -s s -l size -d 'For containers: add SizeRw (what the container wrote) and SizeRootFs (that and its image), in bytes'
complete -c den -n "__fish_den_using_subcommand inspect" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand history" -s H -l human -d 'Show times and sizes for people ("2 weeks ago", "2.13 MB"); `--human=false` prints timestamps and bytes' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand history" -l format -d 'Output format: `json`, `table`, `table TEMPLATE` (a header row, `\\t` between columns) or a Go template applied to each step, such as \'{{.ID}} {{.CreatedBy}}\'' -r
complete -c den -n "__fish_den_using_subcommand history" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand history" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand history" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand history" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand history" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand history" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand history" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand history" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand history" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand history" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand history" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand history" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand history" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand history" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand history" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand history" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand history" -l no-trunc -d 'Do not truncate ids and commands'
complete -c den -n "__fish_den_using_subcommand history" -s q -l quiet -d 'Only show the ids'
complete -c den -n "__fish_den_using_subcommand history" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -f -a "build" -d 'Build an image from a Containerfile (as `den build`)'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -f -a "ls" -d 'List images in local storage (as `den images`)'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -f -a "list" -d 'List images in local storage (as `den images`)'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -f -a "rm" -d 'Remove one or more images from local storage (as `den rmi`)'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -f -a "remove" -d 'Remove one or more images from local storage (as `den rmi`)'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -f -a "inspect" -d 'Show the details of images (as `den inspect --type image`)'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -f -a "tag" -d 'Add names to an image (as `den tag`)'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -f -a "untag" -d 'Remove names from an image (as `den untag`)'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -f -a "save" -d 'Save images to an archive or an OCI layout directory (as `den save`)'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -f -a "load" -d 'Load images from an archive or an OCI layout directory (as `den load`)'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -f -a "import" -d 'Create an image from a tarball of a root filesystem (as `den import`)'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -f -a "prune" -d 'Remove images no name and no container refers to (with -a: every unused image)'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -f -a "history" -d 'Show the history of an image (as `den history`)'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -f -a "exists" -d 'Exit 0 when the image is in local storage, 1 when it is not'
complete -c den -n "__fish_den_using_subcommand image; and not __fish_seen_subcommand_from build ls list rm remove inspect tag untag save load import prune history exists help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -s t -l tag -d 'Name the built image (repeatable; a name without a domain goes under localhost/)' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -s f -l file -d 'The Containerfile ("-": standard input). Default: Containerfile, else Dockerfile, in the context directory' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l build-arg -d 'A build argument, ARG\'s value: NAME=VALUE, or NAME to take it from den\'s environment' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l build-arg-file -d 'A file of NAME=VALUE build arguments, one a line (# comments)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l target -d 'Build up to this stage (its name or index) and name its image' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l cache-from -d 'A remote repository of cached steps to read (accepted for podman\'s command lines; den\'s cache is the local store\'s, so it warns and builds without it)' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l cache-to -d 'A remote repository to push cached steps to (accepted; den warns and does not push)' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l layers -d 'Cache the image of each step and reuse it when the step did not change [default: true]' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l pull -d 'When to pull FROM images: missing, always, never, newer; true is always, false missing (`--pull` alone: always; a value only with `=`)' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l iidfile -d 'Write the image\'s id (sha256:...) to this file' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l label -d 'A label for the image: KEY=VALUE (repeatable)' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l format -d 'The image format: oci or docker (a Docker v2 schema 2 manifest)' -r -f -a "oci\t'OCI image config and manifest (podman\'s default)'
docker\t'A Docker v2 schema 2 manifest and docker config media types'"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l annotation -d 'An annotation of the image\'s manifest: KEY=VALUE (repeatable; OCI format only)' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l platform -d 'The platform to build for: this machine\'s only (linux/ARCH)' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l rm -d 'Remove each RUN step\'s container after the step' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l force-rm -d 'Remove a RUN step\'s container even when the step failed' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l env -d 'Set an environment variable in every stage: NAME=VALUE, or NAME (from den\'s)' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l unsetenv -d 'Remove an environment variable the base image sets' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l secret -d 'A secret for RUN --mount=type=secret: id=ID,src=FILE (at /run/secrets/ID)' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l network -l net -d 'The network of RUN steps: host (the default, unless run.network in config.toml says otherwise), none, private, pasta[:OPTS] or slirp4netns[:OPTS] (as den run)' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l ulimit -d 'A resource limit for RUN steps: NAME=SOFT[:HARD] (as den run\'s --ulimit)' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -s v -l volume -d 'Mount a host path or volume in every RUN step: SRC:DEST[:OPTS]' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l timestamp -d 'Set every created time (images, history) to these seconds since the epoch, for reproducible ids. Default: $SOURCE_DATE_EPOCH when set' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l ignorefile -d 'The ignore file (default: .containerignore, else .dockerignore, in the context)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l no-cache -d 'Run every step again: no cache lookups (the new steps are cached)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -s q -l quiet -d 'Print only the image id (and the output of RUN steps)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l squash-all -d 'Squash the whole image, base layers included, into one layer with one history entry'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l squash -d 'Squash the layers the final stage\'s steps add into one; the base image\'s layers stay. No step is cached'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from build" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -l format -d 'Output format: `json`, `table`, `table TEMPLATE` (a header row, `\\t` between columns) or a Go template applied to each image, such as \'{{.Repository}}:{{.Tag}} {{.ID}}\'' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -l sort -d 'Sort by: created (the default, newest first), id, repository, size, tag' -r -f -a "created\t''
id\t''
repository\t''
size\t''
tag\t''"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Show only images that match: dangling=true|false, reference=PATTERN (a glob on the name, with or without tag), before=IMAGE, since=IMAGE, label=KEY[=VALUE], id=PREFIX. Repeatable: different keys must all match, values of one key any (label: all)' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Only show image ids'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Do not truncate image ids'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -s a -l all -d 'Show all images, also the nameless intermediate images `den build` keeps for its cache (hidden by default, as podman hides them)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -l digests -d 'Show each image\'s digest'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -s n -l noheading -d 'Do not print the header row'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -l format -d 'Output format: `json`, `table`, `table TEMPLATE` (a header row, `\\t` between columns) or a Go template applied to each image, such as \'{{.Repository}}:{{.Tag}} {{.ID}}\'' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -l sort -d 'Sort by: created (the default, newest first), id, repository, size, tag' -r -f -a "created\t''
id\t''
repository\t''
size\t''
tag\t''"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -s f -l filter -d 'Show only images that match: dangling=true|false, reference=PATTERN (a glob on the name, with or without tag), before=IMAGE, since=IMAGE, label=KEY[=VALUE], id=PREFIX. Repeatable: different keys must all match, values of one key any (label: all)' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Only show image ids'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -l no-trunc -d 'Do not truncate image ids'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -s a -l all -d 'Show all images, also the nameless intermediate images `den build` keeps for its cache (hidden by default, as podman hides them)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -l digests -d 'Show each image\'s digest'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -s n -l noheading -d 'Do not print the header row'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from rm" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from rm" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from rm" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from rm" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from rm" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from rm" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from rm" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from rm" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from rm" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from rm" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from rm" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove the containers that use the image first, and delete an image given by id even if it has several names (a name of several is only untagged, with or without -f)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove all images'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'Do not fail on an image that is not in the store (-f does not either, as podman)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from rm" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from remove" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from remove" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from remove" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from remove" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from remove" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from remove" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from remove" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from remove" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from remove" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from remove" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from remove" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from remove" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from remove" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from remove" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from remove" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from remove" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from remove" -s f -l force -d 'Remove the containers that use the image first, and delete an image given by id even if it has several names (a name of several is only untagged, with or without -f)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from remove" -s a -l all -d 'Remove all images'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from remove" -s i -l ignore -d 'Do not fail on an image that is not in the store (-f does not either, as podman)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from remove" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from inspect" -s t -l type -d 'What kind of object to inspect' -r -f -a "image\t'Images only'
container\t'Containers only'
all\t'Containers with those names, else images'
volume\t'Volumes (refused until den has volumes)'
network\t'Networks (refused: den has no networks)'
pod\t'Pods (as `den pod inspect`, always an array)'"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from inspect" -s f -l format -d '`json` (the default), or a Go template applied to each object, such as \'{{.Id}}\', \'{{json .Config.Env}}\' or \'{{range .RepoTags}}{{.}} {{end}}\'' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from inspect" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from inspect" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from inspect" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from inspect" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from inspect" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from inspect" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from inspect" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from inspect" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from inspect" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from inspect" -s s -l size -d 'For containers: add SizeRw (what the container wrote) and SizeRootFs (that and its image), in bytes'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from inspect" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from tag" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from tag" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from tag" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from tag" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from tag" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from tag" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from tag" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from tag" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from tag" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from tag" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from tag" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from tag" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from tag" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from tag" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from tag" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from tag" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from tag" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from tag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from untag" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from untag" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from untag" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from untag" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from untag" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from untag" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from untag" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from untag" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from untag" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from untag" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from untag" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from untag" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from untag" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from untag" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from untag" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from untag" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from untag" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from untag" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -s o -l output -d 'Write to this file (a directory for oci-dir) instead of standard output' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -l format -d 'Archive format' -r -f -a "docker-archive\t'The format of `docker save` and `podman save`: uncompressed layers, manifest.json'
oci-archive\t'An OCI image layout in a tarball; layers as the store keeps them (usually compressed)'
oci-dir\t'An OCI image layout directory (-o names the directory)'"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -s m -l multi-image-archive -d 'Accepted for podman compatibility: den always saves every IMAGE given (as docker does), into one archive'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -s q -l quiet -d 'Print nothing but errors (den prints no progress anyway)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -l uncompressed -d 'Accepted for podman compatibility: den never recompresses, OCI formats get the layers exactly as the store keeps them (uncompressed when they came so)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from save" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from load" -s i -l input -d 'Read from a tarball (docker-archive or OCI archive) or an OCI layout directory instead of standard input' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from load" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from load" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from load" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from load" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from load" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from load" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from load" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from load" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from load" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from load" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from load" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from load" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from load" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from load" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from load" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from load" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from load" -s q -l quiet -d 'Print only the image names'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from load" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from load" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from import" -s c -l change -d 'Apply a Dockerfile instruction to the image config: CMD, ENTRYPOINT, ENV, WORKDIR, USER, LABEL, VOLUME (e.g. `--change \'CMD ["sh"]\'`)' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from import" -s m -l message -d 'Commit message recorded in the image history' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from import" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from import" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from import" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from import" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from import" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from import" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from import" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from import" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from import" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from import" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from import" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from import" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from import" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from import" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from import" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from import" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print only the image id'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from import" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from prune" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from prune" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from prune" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from prune" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from prune" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from prune" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from prune" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from prune" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from prune" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from prune" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from prune" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove every image no container uses, not only the nameless ones'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from prune" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from history" -s H -l human -d 'Show times and sizes for people ("2 weeks ago", "2.13 MB"); `--human=false` prints timestamps and bytes' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from history" -l format -d 'Output format: `json`, `table`, `table TEMPLATE` (a header row, `\\t` between columns) or a Go template applied to each step, such as \'{{.ID}} {{.CreatedBy}}\'' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from history" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from history" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from history" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from history" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from history" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from history" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from history" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from history" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from history" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from history" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from history" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from history" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from history" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from history" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from history" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from history" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from history" -l no-trunc -d 'Do not truncate ids and commands'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Only show the ids'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from history" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from exists" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from exists" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from exists" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from exists" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from exists" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from exists" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from exists" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from exists" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from exists" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from exists" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from exists" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from exists" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from exists" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "build" -d 'Build an image from a Containerfile (as `den build`)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List images in local storage (as `den images`)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove one or more images from local storage (as `den rmi`)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Show the details of images (as `den inspect --type image`)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "tag" -d 'Add names to an image (as `den tag`)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "untag" -d 'Remove names from an image (as `den untag`)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "save" -d 'Save images to an archive or an OCI layout directory (as `den save`)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "load" -d 'Load images from an archive or an OCI layout directory (as `den load`)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "import" -d 'Create an image from a tarball of a root filesystem (as `den import`)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove images no name and no container refers to (with -a: every unused image)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "history" -d 'Show the history of an image (as `den history`)'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Exit 0 when the image is in local storage, 1 when it is not'
complete -c den -n "__fish_den_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune reset check events help" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune reset check events help" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune reset check events help" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune reset check events help" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune reset check events help" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune reset check events help" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune reset check events help" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune reset check events help" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune reset check events help" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune reset check events help" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune reset check events help" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune reset check events help" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune reset check events help" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune reset check events help" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune reset check events help" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune reset check events help" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune reset check events help" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune reset check events help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune reset check events help" -f -a "df" -d 'Show how much disk space images, containers and volumes use, and how much is reclaimable'
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune reset check events help" -f -a "prune" -d 'Remove stopped containers and dangling images (-a: every unused image; --volumes: volumes no container uses)'
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune reset check events help" -f -a "reset" -d 'Remove every container (stopping running ones), pod, image, network, volume and secret, and den\'s state: the store and runtime directories are left empty'
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune reset check events help" -f -a "check" -d 'Check the store for consistency: a broken image index, missing layers or blobs (-r: rebuild the index, unpack missing layers again, remove damaged images)'
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune reset check events help" -f -a "events" -d 'Show the events of containers and images (the same as `den events`)'
complete -c den -n "__fish_den_using_subcommand system; and not __fish_seen_subcommand_from df prune reset check events help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from df" -l format -d 'Output format: `json`, `table TEMPLATE`, or a Go template applied to each row, such as \'{{.Type}} {{.Size}}\'' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from df" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from df" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from df" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from df" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from df" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from df" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from df" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from df" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from df" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from df" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from df" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from df" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from df" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from df" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from df" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from df" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from df" -s v -l verbose -d 'Show every image, container and volume'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from df" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from df" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from prune" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from prune" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from prune" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from prune" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from prune" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from prune" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from prune" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from prune" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from prune" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from prune" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from prune" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from prune" -s a -l all -d 'Remove every image no container uses, not only the nameless ones'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from prune" -l volumes -d 'Also remove the volumes no container uses'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from prune" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from reset" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from reset" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from reset" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from reset" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from reset" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from reset" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from reset" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from reset" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from reset" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from reset" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from reset" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from reset" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from reset" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from reset" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from reset" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from reset" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from reset" -s f -l force -d 'Do not ask for confirmation (needed without a terminal)'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from reset" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from check" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from check" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from check" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from check" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from check" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from check" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from check" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from check" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from check" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from check" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from check" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from check" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from check" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from check" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from check" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from check" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from check" -s r -l repair -d 'Repair what is found: rebuild a broken image index from the blobs on disk (names that no container records are lost), unpack missing layers again from their blobs, and remove images that cannot be repaired, unless containers use them'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from check" -s f -l force -d 'With --repair, also remove damaged images that containers use, and those containers'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from check" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -s f -l filter -d 'Show only events that match: container=NAME|ID, event=STATUS (or status=), image=NAME|ID, label=KEY[=VALUE], type=container|image|volume. Values of one key are ORed, different keys ANDed' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -l format -d 'Print each event as JSON (`json`) or through a Go template on .ID, .Name, .Image, .Status, .Type, .Time, .Attributes, .ContainerExitCode' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -l since -d 'Show events at or after this time: RFC 3339, a date, unix seconds, or a duration such as 10m (that long ago)' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -l until -d 'Show events up to this time (same forms; a duration is that long from now). While streaming, den exits once this time has passed' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -l stream -d 'Keep following the log for new events (the default) until interrupted; --stream=false prints what is recorded and exits' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -l no-trunc -d 'Accepted for podman compatibility: den never truncates ids in events' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from events" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "df" -d 'Show how much disk space images, containers and volumes use, and how much is reclaimable'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove stopped containers and dangling images (-a: every unused image; --volumes: volumes no container uses)'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "reset" -d 'Remove every container (stopping running ones), pod, image, network, volume and secret, and den\'s state: the store and runtime directories are left empty'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check the store for consistency: a broken image index, missing layers or blobs (-r: rebuild the index, unpack missing layers again, remove damaged images)'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "events" -d 'Show the events of containers and images (the same as `den events`)'
complete -c den -n "__fish_den_using_subcommand system; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import help" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import help" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import help" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import help" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import help" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import help" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import help" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import help" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import help" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import help" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import help" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import help" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import help" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import help" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import help" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import help" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import help" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import help" -f -a "create" -d 'Create a volume (a random 64-hex name when none is given)'
complete -c den -n "__fish_den_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import help" -f -a "ls" -d 'List volumes'
complete -c den -n "__fish_den_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import help" -f -a "list" -d 'List volumes'
complete -c den -n "__fish_den_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import help" -f -a "inspect" -d 'Show the details of volumes as JSON, or fields of them through a template'
complete -c den -n "__fish_den_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import help" -f -a "rm" -d 'Remove volumes (-f: and the containers that use them)'
complete -c den -n "__fish_den_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import help" -f -a "remove" -d 'Remove volumes (-f: and the containers that use them)'
complete -c den -n "__fish_den_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import help" -f -a "prune" -d 'Remove every volume no container uses'
complete -c den -n "__fish_den_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import help" -f -a "exists" -d 'Exit 0 when the volume exists, 1 when it does not'
complete -c den -n "__fish_den_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import help" -f -a "export" -d 'Write a volume\'s content as a tarball to stdout or a file'
complete -c den -n "__fish_den_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import help" -f -a "import" -d 'Unpack a tarball (a file, or - for stdin) into a volume'
complete -c den -n "__fish_den_using_subcommand volume; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists export import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from create" -l driver -d 'Volume driver: only local' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from create" -s o -l opt -d 'Driver options: type=tmpfs, device=tmpfs, o=size=..,uid=..,gid=.. (o=uid=,gid= also for a plain volume: the owner of its directory)' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from create" -s l -l label -d 'Set a label: KEY=VALUE or KEY' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from create" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from create" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from create" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from create" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from create" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from create" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from create" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from create" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from create" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from create" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from create" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from create" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from create" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from create" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from create" -l ignore -d 'Do nothing (and print the name) when the volume exists'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from create" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter: name=, label=KEY[=VALUE], dangling=true|false, driver=, opt=KEY[=VALUE]' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from ls" -l format -d 'Go template (.Name .Driver .Mountpoint .Labels .Scope .CreatedAt .Options), or json' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from ls" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from ls" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from ls" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from ls" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from ls" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from ls" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from ls" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from ls" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from ls" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from ls" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from ls" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from ls" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only the names'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from ls" -l noheading -d 'Do not print the header'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from ls" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter: name=, label=KEY[=VALUE], dangling=true|false, driver=, opt=KEY[=VALUE]' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from list" -l format -d 'Go template (.Name .Driver .Mountpoint .Labels .Scope .CreatedAt .Options), or json' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from list" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from list" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from list" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from list" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from list" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from list" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from list" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from list" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from list" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from list" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from list" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from list" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from list" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from list" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from list" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the names'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from list" -l noheading -d 'Do not print the header'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from list" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Go template over each volume\'s JSON object, or json' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s a -l all -d 'Inspect every volume'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from inspect" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from rm" -s t -l time -d 'Seconds to wait before killing a running container (accepted; den kills at once)' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from rm" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from rm" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from rm" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from rm" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from rm" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from rm" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from rm" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from rm" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from rm" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from rm" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from rm" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove every volume'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from rm" -s f -l force -d 'Also remove the containers that use the volumes (running ones are stopped)'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from rm" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from remove" -s t -l time -d 'Seconds to wait before killing a running container (accepted; den kills at once)' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from remove" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from remove" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from remove" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from remove" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from remove" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from remove" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from remove" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from remove" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from remove" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from remove" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from remove" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from remove" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from remove" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from remove" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from remove" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from remove" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from remove" -s a -l all -d 'Remove every volume'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from remove" -s f -l force -d 'Also remove the containers that use the volumes (running ones are stopped)'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from remove" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from prune" -l filter -d 'Only volumes that match: label=KEY[=VALUE], label!=KEY[=VALUE], name=, driver=' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from prune" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from prune" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from prune" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from prune" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from prune" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from prune" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from prune" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from prune" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from prune" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from prune" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from prune" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from prune" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from exists" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from exists" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from exists" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from exists" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from exists" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from exists" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from exists" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from exists" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from exists" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from exists" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from exists" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from exists" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from exists" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from export" -s o -l output -d 'Write the tarball to this file instead of stdout' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from export" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from export" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from export" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from export" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from export" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from export" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from export" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from export" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from export" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from export" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from export" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from export" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from export" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from export" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from export" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from export" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from export" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from import" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from import" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from import" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from import" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from import" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from import" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from import" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from import" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from import" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from import" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from import" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from import" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from import" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from import" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from import" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from import" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from import" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a volume (a random 64-hex name when none is given)'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List volumes'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Show the details of volumes as JSON, or fields of them through a template'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove volumes (-f: and the containers that use them)'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove every volume no container uses'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Exit 0 when the volume exists, 1 when it does not'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write a volume\'s content as a tarball to stdout or a file'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "import" -d 'Unpack a tarball (a file, or - for stdin) into a volume'
complete -c den -n "__fish_den_using_subcommand volume; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect reload help" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect reload help" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect reload help" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect reload help" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect reload help" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect reload help" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect reload help" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect reload help" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect reload help" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect reload help" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect reload help" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect reload help" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect reload help" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect reload help" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect reload help" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect reload help" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect reload help" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect reload help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect reload help" -f -a "create" -d 'Create a network and print its name'
complete -c den -n "__fish_den_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect reload help" -f -a "ls" -d 'List networks'
complete -c den -n "__fish_den_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect reload help" -f -a "list" -d 'List networks'
complete -c den -n "__fish_den_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect reload help" -f -a "inspect" -d 'Show the details of networks as JSON, or fields of them through a template'
complete -c den -n "__fish_den_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect reload help" -f -a "rm" -d 'Remove networks (-f: and the containers on them)'
complete -c den -n "__fish_den_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect reload help" -f -a "remove" -d 'Remove networks (-f: and the containers on them)'
complete -c den -n "__fish_den_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect reload help" -f -a "prune" -d 'Remove every network no container uses (podman\'s default network stays)'
complete -c den -n "__fish_den_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect reload help" -f -a "exists" -d 'Exit 0 when the network exists, 1 when it does not'
complete -c den -n "__fish_den_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect reload help" -f -a "connect" -d 'Connect a container to a network (a running one gets its interface at once)'
complete -c den -n "__fish_den_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect reload help" -f -a "disconnect" -d 'Disconnect a container from a network'
complete -c den -n "__fish_den_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect reload help" -f -a "reload" -d 'Bring the networks of running containers back after their holder died'
complete -c den -n "__fish_den_using_subcommand network; and not __fish_seen_subcommand_from create ls list inspect rm remove prune exists connect disconnect reload help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from create" -s d -l driver -d 'Network driver: bridge only' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from create" -l subnet -d 'The network\'s IPv4 subnet (default: the first free 10.89.N.0/24)' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from create" -l gateway -d 'The gateway\'s address (default: the subnet\'s first)' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from create" -l label -d 'Set a label: KEY=VALUE or KEY' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from create" -s o -l opt -d 'A driver option (kept in the record; mtu= and the like are not applied)' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from create" -l ip-range -d 'A range of the subnet to give containers addresses from: not built (refused)' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from create" -l ipam-driver -d 'The address management driver: host-local only' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from create" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from create" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from create" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from create" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from create" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from create" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from create" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from create" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from create" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from create" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from create" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from create" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from create" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from create" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from create" -l internal -d 'No way out: containers reach each other only, and publish no ports'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from create" -l disable-dns -d 'No DNS server for the containers\' names'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from create" -l ipv6 -d 'IPv6 is not built: refused'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from create" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from ls" -l format -d 'Go template for each network (.ID .Name .Driver .Labels .Internal .Subnets ...), json, or table TEMPLATE' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter: name=, id=, driver=, label=KEY[=VALUE], label!=, dangling=true|false' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from ls" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from ls" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from ls" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from ls" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from ls" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from ls" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from ls" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from ls" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from ls" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from ls" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from ls" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from ls" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Show only names'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from ls" -l noheading -d 'Do not print the header'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Show whole ids'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from ls" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from list" -l format -d 'Go template for each network (.ID .Name .Driver .Labels .Internal .Subnets ...), json, or table TEMPLATE' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter: name=, id=, driver=, label=KEY[=VALUE], label!=, dangling=true|false' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from list" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from list" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from list" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from list" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from list" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from list" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from list" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from list" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from list" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from list" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from list" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from list" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from list" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from list" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from list" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Show only names'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from list" -l noheading -d 'Do not print the header'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from list" -l no-trunc -d 'Show whole ids'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from list" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Go template for each network, or json' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from inspect" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from inspect" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from inspect" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from inspect" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from inspect" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from inspect" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from inspect" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from inspect" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from inspect" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from inspect" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from inspect" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from inspect" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from rm" -s t -l time -d 'Seconds to wait for a container to stop before it is killed (with -f)' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from rm" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from rm" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from rm" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from rm" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from rm" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from rm" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from rm" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from rm" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from rm" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from rm" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from rm" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from rm" -s f -l force -d 'Remove the containers on the network too'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from rm" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from remove" -s t -l time -d 'Seconds to wait for a container to stop before it is killed (with -f)' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from remove" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from remove" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from remove" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from remove" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from remove" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from remove" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from remove" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from remove" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from remove" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from remove" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from remove" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from remove" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from remove" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from remove" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from remove" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from remove" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from remove" -s f -l force -d 'Remove the containers on the network too'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from remove" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from prune" -l filter -d 'Only networks that match: label=KEY[=VALUE], label!=, until= is not built' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from prune" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from prune" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from prune" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from prune" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from prune" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from prune" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from prune" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from prune" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from prune" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from prune" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from prune" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from prune" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from exists" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from exists" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from exists" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from exists" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from exists" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from exists" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from exists" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from exists" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from exists" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from exists" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from exists" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from exists" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from exists" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from connect" -l alias -d 'Another name the network\'s DNS answers for the container. Repeatable' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from connect" -l ip -d 'The container\'s IPv4 address on the network' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from connect" -l mac-address -d 'The container\'s MAC address on the network' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from connect" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from connect" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from connect" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from connect" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from connect" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from connect" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from connect" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from connect" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from connect" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from connect" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from connect" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from connect" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from connect" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from connect" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from connect" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from connect" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from connect" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from connect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s f -l force -d 'Accepted for podman\'s command lines'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from disconnect" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from disconnect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from reload" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from reload" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from reload" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from reload" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from reload" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from reload" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from reload" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from reload" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from reload" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from reload" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from reload" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from reload" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from reload" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from reload" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from reload" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from reload" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from reload" -s a -l all -d 'Every running container'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from reload" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from reload" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a network and print its name'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List networks'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Show the details of networks as JSON, or fields of them through a template'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove networks (-f: and the containers on them)'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove every network no container uses (podman\'s default network stays)'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Exit 0 when the network exists, 1 when it does not'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "connect" -d 'Connect a container to a network (a running one gets its interface at once)'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "disconnect" -d 'Disconnect a container from a network'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "reload" -d 'Bring the networks of running containers back after their holder died'
complete -c den -n "__fish_den_using_subcommand network; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand create" -l name -d 'Name of the container' -r
complete -c den -n "__fish_den_using_subcommand create" -s e -l env -d 'Set an environment variable (NAME=VALUE, or NAME to copy it from den\'s environment)' -r
complete -c den -n "__fish_den_using_subcommand create" -l env-file -d 'Read environment variables from a file of NAME=VALUE lines' -r -F
complete -c den -n "__fish_den_using_subcommand create" -s w -l workdir -d 'Working directory inside the container' -r
complete -c den -n "__fish_den_using_subcommand create" -s u -l user -d 'User and group to run as inside the container: name or id, user[:group]' -r
complete -c den -n "__fish_den_using_subcommand create" -l entrypoint -d 'Override the image\'s entrypoint (an empty string clears it)' -r
complete -c den -n "__fish_den_using_subcommand create" -s v -l volume -d 'Mount a host path, a named volume (created on first use) or, with DEST alone, a new anonymous volume: [SRC:]DEST[:OPTIONS]' -r
complete -c den -n "__fish_den_using_subcommand create" -l mount -d 'Attach a mount: type=bind|volume|tmpfs,src=SRC,dst=DEST[,OPTIONS], podman\'s keys (source, target, destination, ro, readonly, bind-propagation, bind-nonrecursive, volume-nocopy, tmpfs-size, tmpfs-mode, U, ...)' -r
complete -c den -n "__fish_den_using_subcommand create" -l volumes-from -d 'Mount the volumes and bind mounts of another container: CONTAINER[:ro|rw]' -r
complete -c den -n "__fish_den_using_subcommand create" -l tmpfs -d 'Mount a tmpfs: DEST[:OPTIONS] (options as mount(8): size=64m,mode=1777,ro,...)' -r
complete -c den -n "__fish_den_using_subcommand create" -s h -l hostname -d 'Hostname inside the container (default: the container\'s short id)' -r
complete -c den -n "__fish_den_using_subcommand create" -l network -l net -d 'Network mode: private (the default, unless run.network in config.toml says otherwise; "bridge" is the same): a network namespace of its own, connected by pasta, or slirp4netns when pasta is not installed; pasta[:OPTIONS] (pasta\'s own options, comma separated; --map-gw lets the gateway address reach the host\'s loopback); slirp4netns[:OPTIONS] (allow_host_loopback=, enable_ipv6=, mtu=, cidr=, outbound_addr=, outbound_addr6=, port_handler=); host (share the host\'s network); none (loopback only); container:NAME (that running container\'s network, and its user namespace) or ns:PATH (the network namespace at PATH, and the user namespace that owns it); or user-defined networks (den network create): NAME[:ip=IP,mac=MAC, alias=NAME,interface_name=NAME], several comma separated' -r
complete -c den -n "__fish_den_using_subcommand create" -s p -l publish -d 'Publish a container port on the host: [IP:][HOSTPORT:]PORT[/tcp|udp], ranges as 8000-8010:80-90; without HOSTPORT a free port is chosen (see den port)' -r
complete -c den -n "__fish_den_using_subcommand create" -l expose -d 'Expose a port or range (PORT[-PORT][/PROTO]) for --publish-all, as EXPOSE does' -r
complete -c den -n "__fish_den_using_subcommand create" -l dns -d 'Name server for the container\'s /etc/resolv.conf (replaces the network\'s)' -r
complete -c den -n "__fish_den_using_subcommand create" -l dns-search -d 'Search domain for /etc/resolv.conf ("." for none)' -r
complete -c den -n "__fish_den_using_subcommand create" -l dns-option -d 'Option line entry for /etc/resolv.conf (e.g. ndots:2)' -r
complete -c den -n "__fish_den_using_subcommand create" -l add-host -d 'Add a line to /etc/hosts: HOST:IP (IP "host-gateway" is the host\'s address)' -r
complete -c den -n "__fish_den_using_subcommand create" -l ip -d 'The container\'s IPv4 address on its (first) user-defined network' -r
complete -c den -n "__fish_den_using_subcommand create" -l mac-address -d 'The container\'s MAC address on its (first) user-defined network' -r
complete -c den -n "__fish_den_using_subcommand create" -l network-alias -d 'Another name the (first) user-defined network\'s DNS answers for the container. Repeatable' -r
complete -c den -n "__fish_den_using_subcommand create" -l cap-add -d 'Add a Linux capability (e.g. NET_RAW, or ALL)' -r
complete -c den -n "__fish_den_using_subcommand create" -l cap-drop -d 'Drop a Linux capability (e.g. CHOWN, or ALL)' -r
complete -c den -n "__fish_den_using_subcommand create" -l security-opt -d 'Security options: seccomp=unconfined, no-new-privileges' -r
complete -c den -n "__fish_den_using_subcommand create" -l userns -d 'User namespace mode: host (den\'s default mapping: uid 0 is you, 1.. your subordinate range), keep-id[:uid=U,gid=G] (you are uid U, default your own, with your name in /etc/passwd, and the program runs as you; the image\'s files keep their owners), nomap (your own uid is not mapped) or auto[:size=N] (a part of your range)' -r
complete -c den -n "__fish_den_using_subcommand create" -l ipc -d 'IPC namespace: private (the default), shareable (the same, rootless), none (private, without /dev/shm), host (the host\'s, with its /dev/shm), container:NAME (that running container\'s, and its user namespace), ns:PATH' -r
complete -c den -n "__fish_den_using_subcommand create" -l pid -d 'PID namespace: private (the default), host (no PID namespace; /proc is the host\'s, bound, since a user namespace cannot mount a /proc of the host\'s PID namespace), container:NAME (that running container\'s, and its user namespace), ns:PATH' -r
complete -c den -n "__fish_den_using_subcommand create" -l uts -d 'UTS namespace: private (the default), host (the host\'s hostname, which cannot be set: --hostname is refused), container:NAME (that running container\'s hostname), ns:PATH' -r
complete -c den -n "__fish_den_using_subcommand create" -l cgroupns -d 'Cgroup namespace: private, or host (the default on cgroup v1, as podman; private on cgroup v2)' -r
complete -c den -n "__fish_den_using_subcommand create" -l device -d 'Bind a host device into the container: HOST[:CONTAINER][:PERMS], PERMS of r, w, m (accepted; rootless, the device\'s own permissions decide). A directory binds every device below it. A device your user cannot open is refused' -r
complete -c den -n "__fish_den_using_subcommand create" -l device-cgroup-rule -d 'A device cgroup rule (\'c 1:3 rwm\'): checked and, as rootless podman, not applied (a rootless container has no device cgroup; its devices are those bound in)' -r
complete -c den -n "__fish_den_using_subcommand create" -l group-add -d 'Add a supplementary group (name or id, looked up in the container\'s /etc/group), or keep-groups: keep your own supplementary groups (they show as nogroup inside)' -r
complete -c den -n "__fish_den_using_subcommand create" -l sysctl -d 'Set a namespaced kernel parameter: KEY=VALUE. As podman: net.* with a network namespace of the container\'s own; kernel.msg*, kernel.sem, kernel.shm*, fs.mqueue.* with a private IPC namespace' -r
complete -c den -n "__fish_den_using_subcommand create" -l ulimit -d 'A resource limit for the program: NAME=SOFT[:HARD] (nofile, nproc, core, memlock, stack, ...; -1 is unlimited), or host (den\'s own limits). Default, as rootless podman: nofile at your hard limit, nproc at kernel.pid_max. A limit above your hard limit is an error' -r
complete -c den -n "__fish_den_using_subcommand create" -l umask -d 'The program\'s umask, in octal (default 0022)' -r
complete -c den -n "__fish_den_using_subcommand create" -l pull -d 'When to pull the image: missing (when the store lacks it), always, never, or newer (as always: layers the store has are not fetched again)' -r -f -a "missing\t'Pull when the store has no image of that name'
always\t'Always pull (unchanged layers are not fetched again)'
never\t'Never pull: use the store\'s image or fail'
newer\t'Pull when the registry has a newer image (den pulls, reusing unchanged layers)'"
complete -c den -n "__fish_den_using_subcommand create" -s m -l memory -d 'Memory limit: a number with an optional unit b, k, m, g (e.g. 512m). Applied in a cgroup v2 subtree delegated to you; on cgroup v1 it is ignored with podman\'s warning' -r
complete -c den -n "__fish_den_using_subcommand create" -l memory-swap -d 'Memory plus swap limit (-1: unlimited swap); needs --memory' -r
complete -c den -n "__fish_den_using_subcommand create" -l memory-reservation -d 'Soft memory limit (cgroup v2 memory.low)' -r
complete -c den -n "__fish_den_using_subcommand create" -l cpus -d 'Number of CPUs the container may use (e.g. 1.5: a quota of 150 ms per 100 ms)' -r
complete -c den -n "__fish_den_using_subcommand create" -s c -l cpu-shares -d 'Relative CPU weight (podman\'s shares, 2 to 262144; 1024 is the default weight)' -r
complete -c den -n "__fish_den_using_subcommand create" -l cpu-quota -d 'CPU time per period, in microseconds (with --cpu-period; not with --cpus)' -r
complete -c den -n "__fish_den_using_subcommand create" -l cpu-period -d 'Length of a CPU quota period, in microseconds (1000 to 1000000)' -r
complete -c den -n "__fish_den_using_subcommand create" -l cpuset-cpus -d 'CPUs the container may run on (0-3, 0,1)' -r
complete -c den -n "__fish_den_using_subcommand create" -l cpuset-mems -d 'Memory nodes the container may use (0-3, 0,1)' -r
complete -c den -n "__fish_den_using_subcommand create" -l pids-limit -d 'Most processes the container may have (-1: unlimited)' -r
complete -c den -n "__fish_den_using_subcommand create" -l blkio-weight -d 'Block I/O weight, 10 to 1000 (cgroup v2 io.weight)' -r
complete -c den -n "__fish_den_using_subcommand create" -l cgroup-parent -d 'Make the container\'s cgroup below this path of your delegated cgroup' -r
complete -c den -n "__fish_den_using_subcommand create" -l cgroups -d 'Whether the container gets a cgroup of its own: enabled (the default, where cgroup v2 is delegated to you), disabled (it stays in den\'s cgroup), no-conmon and split (as enabled: den has no conmon, and its monitor is never in the container\'s group)' -r
complete -c den -n "__fish_den_using_subcommand create" -l secret -d 'Give the container a secret made with `den secret create`: NAME[,type=mount|env][,target=PATH|VAR][,uid=UID,gid=GID,mode=MODE]. type=mount (the default) mounts it read-only at /run/secrets/NAME (or target: an absolute path, or a name under /run/secrets), mode 0444 unless given; type=env sets the variable NAME (or target) to its content' -r
complete -c den -n "__fish_den_using_subcommand create" -s l -l label -d 'Add a label to the container: KEY=VALUE, or KEY for an empty value (repeatable; shown in inspect\'s Config.Labels, over the image\'s labels; `ps --filter label=`)' -r
complete -c den -n "__fish_den_using_subcommand create" -l label-file -d 'Read labels from FILE: KEY=VALUE lines; blank lines and `#` comments are skipped (repeatable; before --label)' -r -F
complete -c den -n "__fish_den_using_subcommand create" -l annotation -d 'Add an annotation to the container: KEY=VALUE (repeatable; inspect\'s Config.Annotations)' -r
complete -c den -n "__fish_den_using_subcommand create" -l stop-signal -d 'The signal `den stop` sends first: a name (TERM, SIGUSR1) or a number. Default: the image\'s StopSignal, else SIGTERM' -r
complete -c den -n "__fish_den_using_subcommand create" -l stop-timeout -d 'Seconds `den stop` (and `restart`) waits after the stop signal before SIGKILL, when its -t is not given (default 10)' -r
complete -c den -n "__fish_den_using_subcommand create" -l tz -d 'Time zone of the container: a name under /usr/share/zoneinfo (Europe/Paris, UTC) or `local` (the host\'s /etc/localtime); copied to the container\'s /etc/localtime. An unknown zone is refused' -r
complete -c den -n "__fish_den_using_subcommand create" -l passwd-entry -d 'The line written to the container\'s /etc/passwd for a user id the image does not list: $USERNAME, $UID, $GID, $NAME and $HOME are replaced (default `$USERNAME:*:$UID:$GID:$NAME:$HOME:/bin/sh`, with the working directory as $HOME)' -r
complete -c den -n "__fish_den_using_subcommand create" -l http-proxy -d 'Pass den\'s proxy variables (http_proxy, https_proxy, ftp_proxy, no_proxy and their upper-case forms) into the container; `--http-proxy=false` does not' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand create" -l init-path -d 'Path to podman\'s container-init binary: accepted and not used (den\'s init is built in)' -r -F
complete -c den -n "__fish_den_using_subcommand create" -l log-driver -d 'Where the container\'s output goes: k8s-file (the default: a log file `den logs` reads), json-file (podman\'s alias of k8s-file), none (kept nowhere) or passthrough (the container writes to den\'s own stdout and stderr, also with -d). journald is refused: den runs without systemd' -r
complete -c den -n "__fish_den_using_subcommand create" -l log-opt -d 'A log option: max-size=SIZE (the log starts afresh when it would grow past SIZE, as conmon: 10k, 1m; -1 for no limit), path=FILE (the log file instead of the container\'s ctr.log), tag=TAG (shown by inspect). Repeatable' -r
complete -c den -n "__fish_den_using_subcommand create" -l restart -d 'Restart policy, carried out by the container\'s monitor: no, on-failure[:N] (on a non-zero exit, at most N times), always, unless-stopped. `den stop` and `den kill` end it. Not with --rm' -r
complete -c den -n "__fish_den_using_subcommand create" -l health-cmd -d 'A health check to run in the container: a shell command (CMD-SHELL), a JSON array (`["CMD", "prog", "arg"]` or `["CMD-SHELL", "cmd"]`), or none. Exit 0 is healthy' -r
complete -c den -n "__fish_den_using_subcommand create" -l health-interval -d 'Time between health checks (default 30s; `disable`: only `den healthcheck run`)' -r
complete -c den -n "__fish_den_using_subcommand create" -l health-retries -d 'Failures in a row that make the container unhealthy (default 3)' -r
complete -c den -n "__fish_den_using_subcommand create" -l health-start-period -d 'Time after the start in which failures do not count (default 0s)' -r
complete -c den -n "__fish_den_using_subcommand create" -l health-timeout -d 'Time a check may take before it counts as failed (default 30s, at least 1s)' -r
complete -c den -n "__fish_den_using_subcommand create" -l health-on-failure -d 'What the monitor does when the container turns unhealthy: none (the default), kill, restart or stop' -r
complete -c den -n "__fish_den_using_subcommand create" -l pod -d 'Run in a pod (name or id), in the namespaces its infra holds; new:NAME creates the pod first (with this container\'s -p as the pod\'s ports)' -r
complete -c den -n "__fish_den_using_subcommand create" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand create" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand create" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand create" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand create" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand create" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand create" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand create" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand create" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand create" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand create" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand create" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand create" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand create" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand create" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand create" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand create" -l help -d 'Print help (`-h` is --hostname, as in podman)'
complete -c den -n "__fish_den_using_subcommand create" -s i -l interactive -d 'Keep standard input open'
complete -c den -n "__fish_den_using_subcommand create" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c den -n "__fish_den_using_subcommand create" -l rm -d 'Remove the container when it exits'
complete -c den -n "__fish_den_using_subcommand create" -s d -l detach -d 'Run the container in the background and print its id (`den run` only)'
complete -c den -n "__fish_den_using_subcommand create" -l read-only -d 'Mount the container\'s root filesystem read-only'
complete -c den -n "__fish_den_using_subcommand create" -s P -l publish-all -d 'Publish every exposed port (the image\'s EXPOSE and --expose) to a free host port'
complete -c den -n "__fish_den_using_subcommand create" -l no-hosts -d 'Do not write /etc/hosts: the image\'s own file stays'
complete -c den -n "__fish_den_using_subcommand create" -l privileged -d 'Give the container every capability of its user namespace, no seccomp filter, no masked or read-only /proc and /sys paths, a writable /sys where the kernel allows, and the host\'s devices (bound in: rootless, only those your user may open are usable)'
complete -c den -n "__fish_den_using_subcommand create" -l rootfs -d 'IMAGE is a directory to use as the root filesystem instead of an image'
complete -c den -n "__fish_den_using_subcommand create" -l env-host -d 'Pass den\'s whole environment into the container: over the image\'s variables, under --env-file and --env'
complete -c den -n "__fish_den_using_subcommand create" -l init -d 'Run an init as PID 1 that forwards signals and reaps zombies. den always does (its own init, shown as podman\'s `/run/podman-init`), so this changes nothing'
complete -c den -n "__fish_den_using_subcommand create" -l replace -d 'Remove an existing container of the same --name first (stopping it if it runs)'
complete -c den -n "__fish_den_using_subcommand create" -l rmi -d 'Remove the image after the container exits (with --rm), unless another container uses it (`den run` only)'
complete -c den -n "__fish_den_using_subcommand create" -s q -l quiet -d 'Print no pull progress when the image must be pulled'
complete -c den -n "__fish_den_using_subcommand create" -l no-healthcheck -d 'Run no health check, not even the image\'s'
complete -c den -n "__fish_den_using_subcommand create" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand start" -s f -l filter -d 'Start the containers that pass a filter (as `den ps --filter`)' -r
complete -c den -n "__fish_den_using_subcommand start" -l detach-keys -d 'Accepted for podman\'s command lines, and checked: `start -a` runs the container in the foreground with den as its parent, which has no detaching (`den attach` has)' -r
complete -c den -n "__fish_den_using_subcommand start" -l sig-proxy -d 'Accepted for podman\'s command lines: an attached den passes SIGINT, SIGTERM and SIGHUP on to the container always' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand start" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand start" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand start" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand start" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand start" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand start" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand start" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand start" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand start" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand start" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand start" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand start" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand start" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand start" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand start" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand start" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand start" -s a -l attach -d 'Run the container in the foreground: its output (and, with -t at create, its terminal) on yours, exit with its status (one container only)'
complete -c den -n "__fish_den_using_subcommand start" -s i -l interactive -d 'Keep standard input open and connect it to the container (implies --attach)'
complete -c den -n "__fish_den_using_subcommand start" -l all -d 'Start every container, whatever its state (running ones are left as they are)'
complete -c den -n "__fish_den_using_subcommand start" -s l -l latest -d 'Start the newest container'
complete -c den -n "__fish_den_using_subcommand start" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand stop" -s t -l time -d 'Seconds to wait for the container to exit after its stop signal (SIGTERM unless --stop-signal or the image said otherwise) before sending SIGKILL; default: the container\'s --stop-timeout (10)' -r
complete -c den -n "__fish_den_using_subcommand stop" -l cidfile -d 'Read container ids from FILE (repeatable), as written by `--cidfile` of podman\'s run' -r -F
complete -c den -n "__fish_den_using_subcommand stop" -s f -l filter -d 'Act on the containers that pass a filter: name=TEXT, id=PREFIX, status=created|running|exited, label=KEY[=VALUE] (repeatable; values of one key are alternatives)' -r
complete -c den -n "__fish_den_using_subcommand stop" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand stop" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand stop" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand stop" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand stop" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand stop" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand stop" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand stop" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand stop" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand stop" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand stop" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand stop" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand stop" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand stop" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand stop" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand stop" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand stop" -s i -l ignore -d 'Do not fail on a container that does not exist'
complete -c den -n "__fish_den_using_subcommand stop" -s a -l all -d 'Act on every container'
complete -c den -n "__fish_den_using_subcommand stop" -s l -l latest -d 'Act on the newest container'
complete -c den -n "__fish_den_using_subcommand stop" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand kill" -s s -l signal -d 'Signal to send: name (KILL, SIGTERM) or number' -r
complete -c den -n "__fish_den_using_subcommand kill" -l cidfile -d 'Read container ids from FILE (repeatable)' -r -F
complete -c den -n "__fish_den_using_subcommand kill" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand kill" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand kill" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand kill" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand kill" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand kill" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand kill" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand kill" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand kill" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand kill" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand kill" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand kill" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand kill" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand kill" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand kill" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand kill" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand kill" -s a -l all -d 'Signal every running container'
complete -c den -n "__fish_den_using_subcommand kill" -s l -l latest -d 'Signal the newest container'
complete -c den -n "__fish_den_using_subcommand kill" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand kill" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand restart" -s t -l time -d 'Seconds to wait for the container to exit after its stop signal (SIGTERM unless --stop-signal or the image said otherwise) before sending SIGKILL; default: the container\'s --stop-timeout (10)' -r
complete -c den -n "__fish_den_using_subcommand restart" -l cidfile -d 'Read container ids from FILE (repeatable)' -r -F
complete -c den -n "__fish_den_using_subcommand restart" -s f -l filter -d 'Act on the containers that pass a filter: name=TEXT, id=PREFIX, status=created|running|exited, label=KEY[=VALUE] (repeatable; values of one key are alternatives)' -r
complete -c den -n "__fish_den_using_subcommand restart" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand restart" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand restart" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand restart" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand restart" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand restart" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand restart" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand restart" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand restart" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand restart" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand restart" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand restart" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand restart" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand restart" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand restart" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand restart" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand restart" -l running -d 'With --all: restart only the containers that are running'
complete -c den -n "__fish_den_using_subcommand restart" -s a -l all -d 'Act on every container'
complete -c den -n "__fish_den_using_subcommand restart" -s l -l latest -d 'Act on the newest container'
complete -c den -n "__fish_den_using_subcommand restart" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand restart" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand rm" -s t -l time -d 'With --force: seconds to wait after the container\'s stop signal before SIGKILL. Without it den sends SIGKILL at once (podman waits the container\'s stop timeout)' -r
complete -c den -n "__fish_den_using_subcommand rm" -l cidfile -d 'Read container ids from FILE (repeatable)' -r -F
complete -c den -n "__fish_den_using_subcommand rm" -l filter -d 'Act on the containers that pass a filter: name=TEXT, id=PREFIX, status=created|running|exited, label=KEY[=VALUE] (repeatable; values of one key are alternatives)' -r
complete -c den -n "__fish_den_using_subcommand rm" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand rm" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand rm" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand rm" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand rm" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand rm" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand rm" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand rm" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand rm" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand rm" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand rm" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand rm" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand rm" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand rm" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand rm" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand rm" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand rm" -s f -l force -d 'Stop and remove running containers too'
complete -c den -n "__fish_den_using_subcommand rm" -s i -l ignore -d 'Do not fail on a container that does not exist'
complete -c den -n "__fish_den_using_subcommand rm" -l depend -d 'Accepted for podman\'s command lines: den containers have no dependencies on each other, so only the named containers are removed'
complete -c den -n "__fish_den_using_subcommand rm" -s v -l volumes -d 'Remove the container\'s anonymous volumes too'
complete -c den -n "__fish_den_using_subcommand rm" -s a -l all -d 'Act on every container'
complete -c den -n "__fish_den_using_subcommand rm" -s l -l latest -d 'Act on the newest container'
complete -c den -n "__fish_den_using_subcommand rm" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand ps" -s n -l last -d 'Show only the N newest containers (of all states)' -r
complete -c den -n "__fish_den_using_subcommand ps" -s f -l filter -d 'Filter: name=TEXT, id=PREFIX, status=created|running|exited, label=KEY[=VALUE] (repeatable; values of one key are alternatives)' -r
complete -c den -n "__fish_den_using_subcommand ps" -l format -d 'Output format: `json`, `table`, `table TEMPLATE` (a header row, `\\t` between columns) or a Go template applied to each container, such as \'{{.ID}} {{.Names}} {{.Status}}\'' -r
complete -c den -n "__fish_den_using_subcommand ps" -l sort -d 'Sort by: command, created (the default), id, image, names, runningfor, size, status' -r -f -a "command\t''
created\t''
id\t''
image\t''
names\t''
runningfor\t''
size\t''
status\t''"
complete -c den -n "__fish_den_using_subcommand ps" -s w -l watch -d 'Print the list again every SECONDS seconds, on a cleared screen, until interrupted' -r
complete -c den -n "__fish_den_using_subcommand ps" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand ps" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand ps" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand ps" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand ps" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand ps" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand ps" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand ps" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand ps" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand ps" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand ps" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand ps" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand ps" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand ps" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand ps" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand ps" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand ps" -s a -l all -d 'Show all containers (default: running only)'
complete -c den -n "__fish_den_using_subcommand ps" -s q -l quiet -d 'Print only the container ids'
complete -c den -n "__fish_den_using_subcommand ps" -l no-trunc -d 'Do not truncate ids and commands'
complete -c den -n "__fish_den_using_subcommand ps" -s l -l latest -d 'Show only the newest container (of all states)'
complete -c den -n "__fish_den_using_subcommand ps" -l external -d 'Accepted for podman compatibility: den\'s store holds no other tools\' containers, so there are no external ones to show'
complete -c den -n "__fish_den_using_subcommand ps" -s s -l size -d 'Show each container\'s size: what it wrote, and with its image ("12B (virtual 2.1MB)")'
complete -c den -n "__fish_den_using_subcommand ps" -l noheading -d 'Do not print the header row'
complete -c den -n "__fish_den_using_subcommand ps" -l ns -d 'Show each running container\'s namespaces (the inode numbers of /proc/PID/ns/*) and PID'
complete -c den -n "__fish_den_using_subcommand ps" -s p -l pod -d 'Show the POD ID and PODNAME columns (the pod of each container; empty outside pods)'
complete -c den -n "__fish_den_using_subcommand ps" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand ps" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand list" -s n -l last -d 'Show only the N newest containers (of all states)' -r
complete -c den -n "__fish_den_using_subcommand list" -s f -l filter -d 'Filter: name=TEXT, id=PREFIX, status=created|running|exited, label=KEY[=VALUE] (repeatable; values of one key are alternatives)' -r
complete -c den -n "__fish_den_using_subcommand list" -l format -d 'Output format: `json`, `table`, `table TEMPLATE` (a header row, `\\t` between columns) or a Go template applied to each container, such as \'{{.ID}} {{.Names}} {{.Status}}\'' -r
complete -c den -n "__fish_den_using_subcommand list" -l sort -d 'Sort by: command, created (the default), id, image, names, runningfor, size, status' -r -f -a "command\t''
created\t''
id\t''
image\t''
names\t''
runningfor\t''
size\t''
status\t''"
complete -c den -n "__fish_den_using_subcommand list" -s w -l watch -d 'Print the list again every SECONDS seconds, on a cleared screen, until interrupted' -r
complete -c den -n "__fish_den_using_subcommand list" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand list" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand list" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand list" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand list" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand list" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand list" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand list" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand list" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand list" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand list" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand list" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand list" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand list" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand list" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand list" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand list" -s a -l all -d 'Show all containers (default: running only)'
complete -c den -n "__fish_den_using_subcommand list" -s q -l quiet -d 'Print only the container ids'
complete -c den -n "__fish_den_using_subcommand list" -l no-trunc -d 'Do not truncate ids and commands'
complete -c den -n "__fish_den_using_subcommand list" -s l -l latest -d 'Show only the newest container (of all states)'
complete -c den -n "__fish_den_using_subcommand list" -l external -d 'Accepted for podman compatibility: den\'s store holds no other tools\' containers, so there are no external ones to show'
complete -c den -n "__fish_den_using_subcommand list" -s s -l size -d 'Show each container\'s size: what it wrote, and with its image ("12B (virtual 2.1MB)")'
complete -c den -n "__fish_den_using_subcommand list" -l noheading -d 'Do not print the header row'
complete -c den -n "__fish_den_using_subcommand list" -l ns -d 'Show each running container\'s namespaces (the inode numbers of /proc/PID/ns/*) and PID'
complete -c den -n "__fish_den_using_subcommand list" -s p -l pod -d 'Show the POD ID and PODNAME columns (the pod of each container; empty outside pods)'
complete -c den -n "__fish_den_using_subcommand list" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand logs" -l tail -d 'Print only the last N lines of each container (-1: all)' -r
complete -c den -n "__fish_den_using_subcommand logs" -l since -d 'Print only output since a time: RFC 3339 or a duration before now (10s, 5m, 2h)' -r
complete -c den -n "__fish_den_using_subcommand logs" -l until -d 'Print only output until a time: RFC 3339 or a duration before now (10s, 5m, 2h)' -r
complete -c den -n "__fish_den_using_subcommand logs" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand logs" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand logs" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand logs" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand logs" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand logs" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand logs" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand logs" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand logs" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand logs" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand logs" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand logs" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand logs" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand logs" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand logs" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand logs" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand logs" -s f -l follow -d 'Keep printing new output until the containers exit'
complete -c den -n "__fish_den_using_subcommand logs" -s t -l timestamps -d 'Print each line\'s time'
complete -c den -n "__fish_den_using_subcommand logs" -s n -l names -d 'With several containers: start each line with the container\'s name (else its short id)'
complete -c den -n "__fish_den_using_subcommand logs" -l color -d 'Accepted for podman\'s command lines: den prints no colours'
complete -c den -n "__fish_den_using_subcommand logs" -s l -l latest -d 'Show the newest container\'s output'
complete -c den -n "__fish_den_using_subcommand logs" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand logs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand wait" -l condition -d 'States to wait for (repeatable, comma-separated): exited or stopped (the default), running, created or configured, removing, healthy, unhealthy (the health check\'s status). paused, stopping and initialized are refused: den containers never show them' -r
complete -c den -n "__fish_den_using_subcommand wait" -s i -l interval -d 'How often to look at the container: a duration (250ms, 1s) or milliseconds' -r
complete -c den -n "__fish_den_using_subcommand wait" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand wait" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand wait" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand wait" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand wait" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand wait" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand wait" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand wait" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand wait" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand wait" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand wait" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand wait" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand wait" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand wait" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand wait" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand wait" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand wait" -s l -l latest -d 'Wait for the newest container'
complete -c den -n "__fish_den_using_subcommand wait" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand exec" -s u -l user -d 'User and group to run as: name or id, user[:group]' -r
complete -c den -n "__fish_den_using_subcommand exec" -s w -l workdir -d 'Working directory inside the container' -r
complete -c den -n "__fish_den_using_subcommand exec" -s e -l env -d 'Set an environment variable (NAME=VALUE, or NAME to copy it from den\'s environment)' -r
complete -c den -n "__fish_den_using_subcommand exec" -l env-file -d 'Read environment variables from FILE: NAME=VALUE or NAME lines; `#` starts a comment (repeatable; before --env)' -r -F
complete -c den -n "__fish_den_using_subcommand exec" -l detach-keys -d 'Accepted for podman\'s command lines, and checked: den\'s exec has no detaching (run it with -d to leave it in the background)' -r
complete -c den -n "__fish_den_using_subcommand exec" -l preserve-fds -d 'Pass N more file descriptors (3 to 3+N-1). Only 0 is supported: den closes every other descriptor before the program runs' -r
complete -c den -n "__fish_den_using_subcommand exec" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand exec" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand exec" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand exec" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand exec" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand exec" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand exec" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand exec" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand exec" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand exec" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand exec" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand exec" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand exec" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand exec" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand exec" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand exec" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand exec" -s i -l interactive -d 'Keep standard input open'
complete -c den -n "__fish_den_using_subcommand exec" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c den -n "__fish_den_using_subcommand exec" -s d -l detach -d 'Run in the background'
complete -c den -n "__fish_den_using_subcommand exec" -l privileged -d 'Give the process every capability (in the container\'s user namespace, as rootless podman), instead of the container\'s set'
complete -c den -n "__fish_den_using_subcommand exec" -s l -l latest -d 'Run in the newest container; the first argument is then the command'
complete -c den -n "__fish_den_using_subcommand exec" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand exec" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand rename" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand rename" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand rename" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand rename" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand rename" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand rename" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand rename" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand rename" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand rename" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand rename" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand rename" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand rename" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand rename" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand rename" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand rename" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand rename" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand rename" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand top" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand top" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand top" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand top" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand top" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand top" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand top" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand top" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand top" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand top" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand top" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand top" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand top" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand top" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand top" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand top" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand top" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand top" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand port" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand port" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand port" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand port" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand port" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand port" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand port" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand port" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand port" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand port" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand port" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand port" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand port" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand port" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand port" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand port" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand port" -s a -l all -d 'Show the published ports of every container (each line starts with its id)'
complete -c den -n "__fish_den_using_subcommand port" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand port" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand attach" -l detach-keys -d 'The key sequence that detaches and leaves the container running: comma-separated ctrl-<letter> or single characters; empty disables detaching' -r
complete -c den -n "__fish_den_using_subcommand attach" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand attach" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand attach" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand attach" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand attach" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand attach" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand attach" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand attach" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand attach" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand attach" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand attach" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand attach" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand attach" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand attach" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand attach" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand attach" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand attach" -l no-stdin -d 'Do not connect your standard input to the container'
complete -c den -n "__fish_den_using_subcommand attach" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand attach" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -f -a "attach" -d 'Attach to a running container (as `den attach`)'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -f -a "commit" -d 'Create a new image from a container\'s changes (as `den commit`)'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -f -a "cp" -d 'Copy files between a container and the host (as `den cp`)'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -f -a "create" -d 'Create a container without starting it (as `den create`)'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -f -a "diff" -d 'Show the files a container changed (as `den diff`)'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -f -a "exec" -d 'Run a command in a running container (as `den exec`)'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -f -a "exists" -d 'Exit 0 when the container exists, 1 when it does not'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -f -a "export" -d 'Export a container\'s root filesystem as a tarball (as `den export`)'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -f -a "inspect" -d 'Show a container\'s configuration and state as JSON'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -f -a "kill" -d 'Send a signal to running containers (as `den kill`)'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -f -a "list" -d 'List containers (as `den ps`)'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -f -a "ls" -d 'List containers (as `den ps`)'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -f -a "ps" -d 'List containers (as `den ps`)'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -f -a "logs" -d 'Show the output of containers (as `den logs`)'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -f -a "pause" -d 'Pause running containers (as `den pause`)'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -f -a "port" -d 'Show a container\'s published ports (as `den port`)'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -f -a "prune" -d 'Remove all containers that are not running'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -f -a "rename" -d 'Rename a container (as `den rename`)'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -f -a "restart" -d 'Stop and start containers (as `den restart`)'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -f -a "rm" -d 'Remove containers (as `den rm`)'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -f -a "run" -d 'Run a command in a new container (as `den run`)'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -f -a "start" -d 'Start containers (as `den start`)'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -f -a "stats" -d 'Show containers\' resource use (as `den stats`)'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -f -a "stop" -d 'Stop running containers (as `den stop`)'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -f -a "top" -d 'Show the processes of a running container (as `den top`)'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -f -a "unpause" -d 'Resume paused containers (as `den unpause`)'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -f -a "wait" -d 'Wait for containers (as `den wait`)'
complete -c den -n "__fish_den_using_subcommand container; and not __fish_seen_subcommand_from attach commit cp create diff exec exists export inspect kill list ls ps logs pause port prune rename restart rm run start stats stop top unpause wait help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from attach" -l detach-keys -d 'The key sequence that detaches and leaves the container running: comma-separated ctrl-<letter> or single characters; empty disables detaching' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from attach" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from attach" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from attach" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from attach" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from attach" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from attach" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from attach" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from attach" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from attach" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from attach" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from attach" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from attach" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from attach" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from attach" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from attach" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from attach" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from attach" -l no-stdin -d 'Do not connect your standard input to the container'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from attach" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from attach" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from commit" -s a -l author -d 'Author recorded in the image config and history' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from commit" -s c -l change -d 'Apply a Dockerfile instruction to the image config: CMD, ENTRYPOINT, ENV, WORKDIR, USER, LABEL, VOLUME (e.g. `--change \'CMD ["sh"]\'`)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from commit" -s m -l message -d 'Commit message recorded in the image history' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from commit" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from commit" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from commit" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from commit" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from commit" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from commit" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from commit" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from commit" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from commit" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from commit" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from commit" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from commit" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from commit" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from commit" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from commit" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from commit" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from commit" -s q -l quiet -d 'Print only the image id (den prints nothing else anyway)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from commit" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from commit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from cp" -s a -l archive -d 'Archive mode (podman\'s, default true): files copied into a container belong to its primary user and group; -a=false keeps the ids of the source' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from cp" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from cp" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from cp" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from cp" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from cp" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from cp" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from cp" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from cp" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from cp" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from cp" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from cp" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from cp" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from cp" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from cp" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from cp" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from cp" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from cp" -l overwrite -d 'Let a directory replace a non-directory and the other way round'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from cp" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from cp" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l name -d 'Name of the container' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -s e -l env -d 'Set an environment variable (NAME=VALUE, or NAME to copy it from den\'s environment)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l env-file -d 'Read environment variables from a file of NAME=VALUE lines' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -s w -l workdir -d 'Working directory inside the container' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -s u -l user -d 'User and group to run as inside the container: name or id, user[:group]' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l entrypoint -d 'Override the image\'s entrypoint (an empty string clears it)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -s v -l volume -d 'Mount a host path, a named volume (created on first use) or, with DEST alone, a new anonymous volume: [SRC:]DEST[:OPTIONS]' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l mount -d 'Attach a mount: type=bind|volume|tmpfs,src=SRC,dst=DEST[,OPTIONS], podman\'s keys (source, target, destination, ro, readonly, bind-propagation, bind-nonrecursive, volume-nocopy, tmpfs-size, tmpfs-mode, U, ...)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l volumes-from -d 'Mount the volumes and bind mounts of another container: CONTAINER[:ro|rw]' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l tmpfs -d 'Mount a tmpfs: DEST[:OPTIONS] (options as mount(8): size=64m,mode=1777,ro,...)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -s h -l hostname -d 'Hostname inside the container (default: the container\'s short id)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l network -l net -d 'Network mode: private (the default, unless run.network in config.toml says otherwise; "bridge" is the same): a network namespace of its own, connected by pasta, or slirp4netns when pasta is not installed; pasta[:OPTIONS] (pasta\'s own options, comma separated; --map-gw lets the gateway address reach the host\'s loopback); slirp4netns[:OPTIONS] (allow_host_loopback=, enable_ipv6=, mtu=, cidr=, outbound_addr=, outbound_addr6=, port_handler=); host (share the host\'s network); none (loopback only); container:NAME (that running container\'s network, and its user namespace) or ns:PATH (the network namespace at PATH, and the user namespace that owns it); or user-defined networks (den network create): NAME[:ip=IP,mac=MAC, alias=NAME,interface_name=NAME], several comma separated' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -s p -l publish -d 'Publish a container port on the host: [IP:][HOSTPORT:]PORT[/tcp|udp], ranges as 8000-8010:80-90; without HOSTPORT a free port is chosen (see den port)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l expose -d 'Expose a port or range (PORT[-PORT][/PROTO]) for --publish-all, as EXPOSE does' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l dns -d 'Name server for the container\'s /etc/resolv.conf (replaces the network\'s)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l dns-search -d 'Search domain for /etc/resolv.conf ("." for none)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l dns-option -d 'Option line entry for /etc/resolv.conf (e.g. ndots:2)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l add-host -d 'Add a line to /etc/hosts: HOST:IP (IP "host-gateway" is the host\'s address)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l ip -d 'The container\'s IPv4 address on its (first) user-defined network' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l mac-address -d 'The container\'s MAC address on its (first) user-defined network' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l network-alias -d 'Another name the (first) user-defined network\'s DNS answers for the container. Repeatable' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l cap-add -d 'Add a Linux capability (e.g. NET_RAW, or ALL)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l cap-drop -d 'Drop a Linux capability (e.g. CHOWN, or ALL)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l security-opt -d 'Security options: seccomp=unconfined, no-new-privileges' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l userns -d 'User namespace mode: host (den\'s default mapping: uid 0 is you, 1.. your subordinate range), keep-id[:uid=U,gid=G] (you are uid U, default your own, with your name in /etc/passwd, and the program runs as you; the image\'s files keep their owners), nomap (your own uid is not mapped) or auto[:size=N] (a part of your range)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l ipc -d 'IPC namespace: private (the default), shareable (the same, rootless), none (private, without /dev/shm), host (the host\'s, with its /dev/shm), container:NAME (that running container\'s, and its user namespace), ns:PATH' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l pid -d 'PID namespace: private (the default), host (no PID namespace; /proc is the host\'s, bound, since a user namespace cannot mount a /proc of the host\'s PID namespace), container:NAME (that running container\'s, and its user namespace), ns:PATH' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l uts -d 'UTS namespace: private (the default), host (the host\'s hostname, which cannot be set: --hostname is refused), container:NAME (that running container\'s hostname), ns:PATH' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroupns -d 'Cgroup namespace: private, or host (the default on cgroup v1, as podman; private on cgroup v2)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l device -d 'Bind a host device into the container: HOST[:CONTAINER][:PERMS], PERMS of r, w, m (accepted; rootless, the device\'s own permissions decide). A directory binds every device below it. A device your user cannot open is refused' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l device-cgroup-rule -d 'A device cgroup rule (\'c 1:3 rwm\'): checked and, as rootless podman, not applied (a rootless container has no device cgroup; its devices are those bound in)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l group-add -d 'Add a supplementary group (name or id, looked up in the container\'s /etc/group), or keep-groups: keep your own supplementary groups (they show as nogroup inside)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l sysctl -d 'Set a namespaced kernel parameter: KEY=VALUE. As podman: net.* with a network namespace of the container\'s own; kernel.msg*, kernel.sem, kernel.shm*, fs.mqueue.* with a private IPC namespace' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l ulimit -d 'A resource limit for the program: NAME=SOFT[:HARD] (nofile, nproc, core, memlock, stack, ...; -1 is unlimited), or host (den\'s own limits). Default, as rootless podman: nofile at your hard limit, nproc at kernel.pid_max. A limit above your hard limit is an error' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l umask -d 'The program\'s umask, in octal (default 0022)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l pull -d 'When to pull the image: missing (when the store lacks it), always, never, or newer (as always: layers the store has are not fetched again)' -r -f -a "missing\t'Pull when the store has no image of that name'
always\t'Always pull (unchanged layers are not fetched again)'
never\t'Never pull: use the store\'s image or fail'
newer\t'Pull when the registry has a newer image (den pulls, reusing unchanged layers)'"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -s m -l memory -d 'Memory limit: a number with an optional unit b, k, m, g (e.g. 512m). Applied in a cgroup v2 subtree delegated to you; on cgroup v1 it is ignored with podman\'s warning' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l memory-swap -d 'Memory plus swap limit (-1: unlimited swap); needs --memory' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l memory-reservation -d 'Soft memory limit (cgroup v2 memory.low)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l cpus -d 'Number of CPUs the container may use (e.g. 1.5: a quota of 150 ms per 100 ms)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -s c -l cpu-shares -d 'Relative CPU weight (podman\'s shares, 2 to 262144; 1024 is the default weight)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-quota -d 'CPU time per period, in microseconds (with --cpu-period; not with --cpus)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l cpu-period -d 'Length of a CPU quota period, in microseconds (1000 to 1000000)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l cpuset-cpus -d 'CPUs the container may run on (0-3, 0,1)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l cpuset-mems -d 'Memory nodes the container may use (0-3, 0,1)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l pids-limit -d 'Most processes the container may have (-1: unlimited)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l blkio-weight -d 'Block I/O weight, 10 to 1000 (cgroup v2 io.weight)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroup-parent -d 'Make the container\'s cgroup below this path of your delegated cgroup' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroups -d 'Whether the container gets a cgroup of its own: enabled (the default, where cgroup v2 is delegated to you), disabled (it stays in den\'s cgroup), no-conmon and split (as enabled: den has no conmon, and its monitor is never in the container\'s group)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l secret -d 'Give the container a secret made with `den secret create`: NAME[,type=mount|env][,target=PATH|VAR][,uid=UID,gid=GID,mode=MODE]. type=mount (the default) mounts it read-only at /run/secrets/NAME (or target: an absolute path, or a name under /run/secrets), mode 0444 unless given; type=env sets the variable NAME (or target) to its content' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -s l -l label -d 'Add a label to the container: KEY=VALUE, or KEY for an empty value (repeatable; shown in inspect\'s Config.Labels, over the image\'s labels; `ps --filter label=`)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l label-file -d 'Read labels from FILE: KEY=VALUE lines; blank lines and `#` comments are skipped (repeatable; before --label)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l annotation -d 'Add an annotation to the container: KEY=VALUE (repeatable; inspect\'s Config.Annotations)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l stop-signal -d 'The signal `den stop` sends first: a name (TERM, SIGUSR1) or a number. Default: the image\'s StopSignal, else SIGTERM' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l stop-timeout -d 'Seconds `den stop` (and `restart`) waits after the stop signal before SIGKILL, when its -t is not given (default 10)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l tz -d 'Time zone of the container: a name under /usr/share/zoneinfo (Europe/Paris, UTC) or `local` (the host\'s /etc/localtime); copied to the container\'s /etc/localtime. An unknown zone is refused' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l passwd-entry -d 'The line written to the container\'s /etc/passwd for a user id the image does not list: $USERNAME, $UID, $GID, $NAME and $HOME are replaced (default `$USERNAME:*:$UID:$GID:$NAME:$HOME:/bin/sh`, with the working directory as $HOME)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l http-proxy -d 'Pass den\'s proxy variables (http_proxy, https_proxy, ftp_proxy, no_proxy and their upper-case forms) into the container; `--http-proxy=false` does not' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l init-path -d 'Path to podman\'s container-init binary: accepted and not used (den\'s init is built in)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l log-driver -d 'Where the container\'s output goes: k8s-file (the default: a log file `den logs` reads), json-file (podman\'s alias of k8s-file), none (kept nowhere) or passthrough (the container writes to den\'s own stdout and stderr, also with -d). journald is refused: den runs without systemd' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l log-opt -d 'A log option: max-size=SIZE (the log starts afresh when it would grow past SIZE, as conmon: 10k, 1m; -1 for no limit), path=FILE (the log file instead of the container\'s ctr.log), tag=TAG (shown by inspect). Repeatable' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l restart -d 'Restart policy, carried out by the container\'s monitor: no, on-failure[:N] (on a non-zero exit, at most N times), always, unless-stopped. `den stop` and `den kill` end it. Not with --rm' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l health-cmd -d 'A health check to run in the container: a shell command (CMD-SHELL), a JSON array (`["CMD", "prog", "arg"]` or `["CMD-SHELL", "cmd"]`), or none. Exit 0 is healthy' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l health-interval -d 'Time between health checks (default 30s; `disable`: only `den healthcheck run`)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l health-retries -d 'Failures in a row that make the container unhealthy (default 3)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l health-start-period -d 'Time after the start in which failures do not count (default 0s)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l health-timeout -d 'Time a check may take before it counts as failed (default 30s, at least 1s)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l health-on-failure -d 'What the monitor does when the container turns unhealthy: none (the default), kill, restart or stop' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l pod -d 'Run in a pod (name or id), in the namespaces its infra holds; new:NAME creates the pod first (with this container\'s -p as the pod\'s ports)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l help -d 'Print help (`-h` is --hostname, as in podman)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -s i -l interactive -d 'Keep standard input open'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l rm -d 'Remove the container when it exits'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -s d -l detach -d 'Run the container in the background and print its id (`den run` only)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l read-only -d 'Mount the container\'s root filesystem read-only'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -s P -l publish-all -d 'Publish every exposed port (the image\'s EXPOSE and --expose) to a free host port'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l no-hosts -d 'Do not write /etc/hosts: the image\'s own file stays'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l privileged -d 'Give the container every capability of its user namespace, no seccomp filter, no masked or read-only /proc and /sys paths, a writable /sys where the kernel allows, and the host\'s devices (bound in: rootless, only those your user may open are usable)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l rootfs -d 'IMAGE is a directory to use as the root filesystem instead of an image'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l env-host -d 'Pass den\'s whole environment into the container: over the image\'s variables, under --env-file and --env'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l init -d 'Run an init as PID 1 that forwards signals and reaps zombies. den always does (its own init, shown as podman\'s `/run/podman-init`), so this changes nothing'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l replace -d 'Remove an existing container of the same --name first (stopping it if it runs)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l rmi -d 'Remove the image after the container exits (with --rm), unless another container uses it (`den run` only)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print no pull progress when the image must be pulled'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l no-healthcheck -d 'Run no health check, not even the image\'s'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from create" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from diff" -l format -d 'Output format: `json` prints {"changed": [...], "added": [...], "deleted": [...]}' -r -f -a "table\t'Human-readable table'
json\t'JSON, for scripts'"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from diff" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from diff" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from diff" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from diff" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from diff" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from diff" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from diff" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from diff" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from diff" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from diff" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from diff" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from diff" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from diff" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from diff" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from diff" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from diff" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from diff" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exec" -s u -l user -d 'User and group to run as: name or id, user[:group]' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exec" -s w -l workdir -d 'Working directory inside the container' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exec" -s e -l env -d 'Set an environment variable (NAME=VALUE, or NAME to copy it from den\'s environment)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exec" -l env-file -d 'Read environment variables from FILE: NAME=VALUE or NAME lines; `#` starts a comment (repeatable; before --env)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exec" -l detach-keys -d 'Accepted for podman\'s command lines, and checked: den\'s exec has no detaching (run it with -d to leave it in the background)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exec" -l preserve-fds -d 'Pass N more file descriptors (3 to 3+N-1). Only 0 is supported: den closes every other descriptor before the program runs' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exec" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exec" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exec" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exec" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exec" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exec" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exec" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exec" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exec" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exec" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exec" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exec" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exec" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exec" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exec" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exec" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exec" -s i -l interactive -d 'Keep standard input open'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exec" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exec" -s d -l detach -d 'Run in the background'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exec" -l privileged -d 'Give the process every capability (in the container\'s user namespace, as rootless podman), instead of the container\'s set'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exec" -s l -l latest -d 'Run in the newest container; the first argument is then the command'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exec" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exists" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exists" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exists" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exists" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exists" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exists" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exists" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exists" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exists" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exists" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exists" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exists" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exists" -l external -d 'Accepted for podman\'s command lines: den has no external containers (of other tools) in its store'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exists" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from export" -s o -l output -d 'Write to FILE instead of standard output' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from export" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from export" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from export" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from export" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from export" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from export" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from export" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from export" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from export" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from export" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from export" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from export" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from export" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from export" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from export" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from export" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from export" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from inspect" -s f -l format -d '`json` (the default), or a Go template applied to each container, such as \'{{.State.Pid}}\' or \'{{range .Mounts}}{{.Destination}} {{end}}\'' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from inspect" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from inspect" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from inspect" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from inspect" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from inspect" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from inspect" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from inspect" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from inspect" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from inspect" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from inspect" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from inspect" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from inspect" -s s -l size -d 'Add SizeRw (what the container wrote) and SizeRootFs (that and its image), in bytes'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from inspect" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from kill" -s s -l signal -d 'Signal to send: name (KILL, SIGTERM) or number' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from kill" -l cidfile -d 'Read container ids from FILE (repeatable)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from kill" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from kill" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from kill" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from kill" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from kill" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from kill" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from kill" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from kill" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from kill" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from kill" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from kill" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from kill" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from kill" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from kill" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from kill" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from kill" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from kill" -s a -l all -d 'Signal every running container'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from kill" -s l -l latest -d 'Signal the newest container'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from kill" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from kill" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from list" -s n -l last -d 'Show only the N newest containers (of all states)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter: name=TEXT, id=PREFIX, status=created|running|exited, label=KEY[=VALUE] (repeatable; values of one key are alternatives)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from list" -l format -d 'Output format: `json`, `table`, `table TEMPLATE` (a header row, `\\t` between columns) or a Go template applied to each container, such as \'{{.ID}} {{.Names}} {{.Status}}\'' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from list" -l sort -d 'Sort by: command, created (the default), id, image, names, runningfor, size, status' -r -f -a "command\t''
created\t''
id\t''
image\t''
names\t''
runningfor\t''
size\t''
status\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from list" -s w -l watch -d 'Print the list again every SECONDS seconds, on a cleared screen, until interrupted' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from list" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from list" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from list" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from list" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from list" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from list" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from list" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from list" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from list" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from list" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from list" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from list" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from list" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from list" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from list" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from list" -s a -l all -d 'Show all containers (default: running only)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the container ids'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from list" -l no-trunc -d 'Do not truncate ids and commands'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from list" -s l -l latest -d 'Show only the newest container (of all states)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from list" -l external -d 'Accepted for podman compatibility: den\'s store holds no other tools\' containers, so there are no external ones to show'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from list" -s s -l size -d 'Show each container\'s size: what it wrote, and with its image ("12B (virtual 2.1MB)")'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from list" -l noheading -d 'Do not print the header row'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from list" -l ns -d 'Show each running container\'s namespaces (the inode numbers of /proc/PID/ns/*) and PID'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from list" -s p -l pod -d 'Show the POD ID and PODNAME columns (the pod of each container; empty outside pods)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from list" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ls" -s n -l last -d 'Show only the N newest containers (of all states)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter: name=TEXT, id=PREFIX, status=created|running|exited, label=KEY[=VALUE] (repeatable; values of one key are alternatives)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ls" -l format -d 'Output format: `json`, `table`, `table TEMPLATE` (a header row, `\\t` between columns) or a Go template applied to each container, such as \'{{.ID}} {{.Names}} {{.Status}}\'' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ls" -l sort -d 'Sort by: command, created (the default), id, image, names, runningfor, size, status' -r -f -a "command\t''
created\t''
id\t''
image\t''
names\t''
runningfor\t''
size\t''
status\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ls" -s w -l watch -d 'Print the list again every SECONDS seconds, on a cleared screen, until interrupted' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ls" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ls" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ls" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ls" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ls" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ls" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ls" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ls" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ls" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ls" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ls" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ls" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ls" -s a -l all -d 'Show all containers (default: running only)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only the container ids'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Do not truncate ids and commands'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ls" -s l -l latest -d 'Show only the newest container (of all states)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ls" -l external -d 'Accepted for podman compatibility: den\'s store holds no other tools\' containers, so there are no external ones to show'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ls" -s s -l size -d 'Show each container\'s size: what it wrote, and with its image ("12B (virtual 2.1MB)")'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ls" -l noheading -d 'Do not print the header row'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ls" -l ns -d 'Show each running container\'s namespaces (the inode numbers of /proc/PID/ns/*) and PID'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ls" -s p -l pod -d 'Show the POD ID and PODNAME columns (the pod of each container; empty outside pods)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ls" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ps" -s n -l last -d 'Show only the N newest containers (of all states)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ps" -s f -l filter -d 'Filter: name=TEXT, id=PREFIX, status=created|running|exited, label=KEY[=VALUE] (repeatable; values of one key are alternatives)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ps" -l format -d 'Output format: `json`, `table`, `table TEMPLATE` (a header row, `\\t` between columns) or a Go template applied to each container, such as \'{{.ID}} {{.Names}} {{.Status}}\'' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ps" -l sort -d 'Sort by: command, created (the default), id, image, names, runningfor, size, status' -r -f -a "command\t''
created\t''
id\t''
image\t''
names\t''
runningfor\t''
size\t''
status\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ps" -s w -l watch -d 'Print the list again every SECONDS seconds, on a cleared screen, until interrupted' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ps" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ps" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ps" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ps" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ps" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ps" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ps" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ps" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ps" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ps" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ps" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ps" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ps" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ps" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ps" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ps" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ps" -s a -l all -d 'Show all containers (default: running only)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Print only the container ids'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ps" -l no-trunc -d 'Do not truncate ids and commands'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ps" -s l -l latest -d 'Show only the newest container (of all states)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ps" -l external -d 'Accepted for podman compatibility: den\'s store holds no other tools\' containers, so there are no external ones to show'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ps" -s s -l size -d 'Show each container\'s size: what it wrote, and with its image ("12B (virtual 2.1MB)")'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ps" -l noheading -d 'Do not print the header row'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ps" -l ns -d 'Show each running container\'s namespaces (the inode numbers of /proc/PID/ns/*) and PID'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ps" -s p -l pod -d 'Show the POD ID and PODNAME columns (the pod of each container; empty outside pods)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ps" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from logs" -l tail -d 'Print only the last N lines of each container (-1: all)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from logs" -l since -d 'Print only output since a time: RFC 3339 or a duration before now (10s, 5m, 2h)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from logs" -l until -d 'Print only output until a time: RFC 3339 or a duration before now (10s, 5m, 2h)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from logs" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from logs" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from logs" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from logs" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from logs" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from logs" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from logs" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from logs" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from logs" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from logs" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from logs" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from logs" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from logs" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from logs" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from logs" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from logs" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Keep printing new output until the containers exit'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from logs" -s t -l timestamps -d 'Print each line\'s time'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from logs" -s n -l names -d 'With several containers: start each line with the container\'s name (else its short id)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from logs" -l color -d 'Accepted for podman\'s command lines: den prints no colours'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from logs" -s l -l latest -d 'Show the newest container\'s output'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from logs" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from pause" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from pause" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from pause" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from pause" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from pause" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from pause" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from pause" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from pause" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from pause" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from pause" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from pause" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from pause" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from pause" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from pause" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from pause" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from pause" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from pause" -s a -l all -d 'Every running (for unpause: paused) container'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from pause" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from port" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from port" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from port" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from port" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from port" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from port" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from port" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from port" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from port" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from port" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from port" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from port" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from port" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from port" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from port" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from port" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from port" -s a -l all -d 'Show the published ports of every container (each line starts with its id)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from port" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from port" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from prune" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from prune" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from prune" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from prune" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from prune" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from prune" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from prune" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from prune" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from prune" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from prune" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from prune" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from prune" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rename" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rename" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rename" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rename" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rename" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rename" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rename" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rename" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rename" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rename" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rename" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rename" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rename" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rename" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rename" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rename" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rename" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from restart" -s t -l time -d 'Seconds to wait for the container to exit after its stop signal (SIGTERM unless --stop-signal or the image said otherwise) before sending SIGKILL; default: the container\'s --stop-timeout (10)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from restart" -l cidfile -d 'Read container ids from FILE (repeatable)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from restart" -s f -l filter -d 'Act on the containers that pass a filter: name=TEXT, id=PREFIX, status=created|running|exited, label=KEY[=VALUE] (repeatable; values of one key are alternatives)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from restart" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from restart" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from restart" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from restart" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from restart" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from restart" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from restart" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from restart" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from restart" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from restart" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from restart" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from restart" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from restart" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from restart" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from restart" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from restart" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from restart" -l running -d 'With --all: restart only the containers that are running'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from restart" -s a -l all -d 'Act on every container'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from restart" -s l -l latest -d 'Act on the newest container'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from restart" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rm" -s t -l time -d 'With --force: seconds to wait after the container\'s stop signal before SIGKILL. Without it den sends SIGKILL at once (podman waits the container\'s stop timeout)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rm" -l cidfile -d 'Read container ids from FILE (repeatable)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rm" -l filter -d 'Act on the containers that pass a filter: name=TEXT, id=PREFIX, status=created|running|exited, label=KEY[=VALUE] (repeatable; values of one key are alternatives)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rm" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rm" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rm" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rm" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rm" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rm" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rm" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rm" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rm" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rm" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rm" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rm" -s f -l force -d 'Stop and remove running containers too'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'Do not fail on a container that does not exist'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rm" -l depend -d 'Accepted for podman\'s command lines: den containers have no dependencies on each other, so only the named containers are removed'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rm" -s v -l volumes -d 'Remove the container\'s anonymous volumes too'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rm" -s a -l all -d 'Act on every container'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rm" -s l -l latest -d 'Act on the newest container'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rm" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l name -d 'Name of the container' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -s e -l env -d 'Set an environment variable (NAME=VALUE, or NAME to copy it from den\'s environment)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l env-file -d 'Read environment variables from a file of NAME=VALUE lines' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -s w -l workdir -d 'Working directory inside the container' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -s u -l user -d 'User and group to run as inside the container: name or id, user[:group]' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l entrypoint -d 'Override the image\'s entrypoint (an empty string clears it)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -s v -l volume -d 'Mount a host path, a named volume (created on first use) or, with DEST alone, a new anonymous volume: [SRC:]DEST[:OPTIONS]' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l mount -d 'Attach a mount: type=bind|volume|tmpfs,src=SRC,dst=DEST[,OPTIONS], podman\'s keys (source, target, destination, ro, readonly, bind-propagation, bind-nonrecursive, volume-nocopy, tmpfs-size, tmpfs-mode, U, ...)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l volumes-from -d 'Mount the volumes and bind mounts of another container: CONTAINER[:ro|rw]' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l tmpfs -d 'Mount a tmpfs: DEST[:OPTIONS] (options as mount(8): size=64m,mode=1777,ro,...)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -s h -l hostname -d 'Hostname inside the container (default: the container\'s short id)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l network -l net -d 'Network mode: private (the default, unless run.network in config.toml says otherwise; "bridge" is the same): a network namespace of its own, connected by pasta, or slirp4netns when pasta is not installed; pasta[:OPTIONS] (pasta\'s own options, comma separated; --map-gw lets the gateway address reach the host\'s loopback); slirp4netns[:OPTIONS] (allow_host_loopback=, enable_ipv6=, mtu=, cidr=, outbound_addr=, outbound_addr6=, port_handler=); host (share the host\'s network); none (loopback only); container:NAME (that running container\'s network, and its user namespace) or ns:PATH (the network namespace at PATH, and the user namespace that owns it); or user-defined networks (den network create): NAME[:ip=IP,mac=MAC, alias=NAME,interface_name=NAME], several comma separated' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -s p -l publish -d 'Publish a container port on the host: [IP:][HOSTPORT:]PORT[/tcp|udp], ranges as 8000-8010:80-90; without HOSTPORT a free port is chosen (see den port)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l expose -d 'Expose a port or range (PORT[-PORT][/PROTO]) for --publish-all, as EXPOSE does' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l dns -d 'Name server for the container\'s /etc/resolv.conf (replaces the network\'s)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l dns-search -d 'Search domain for /etc/resolv.conf ("." for none)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l dns-option -d 'Option line entry for /etc/resolv.conf (e.g. ndots:2)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l add-host -d 'Add a line to /etc/hosts: HOST:IP (IP "host-gateway" is the host\'s address)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l ip -d 'The container\'s IPv4 address on its (first) user-defined network' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l mac-address -d 'The container\'s MAC address on its (first) user-defined network' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l network-alias -d 'Another name the (first) user-defined network\'s DNS answers for the container. Repeatable' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l cap-add -d 'Add a Linux capability (e.g. NET_RAW, or ALL)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l cap-drop -d 'Drop a Linux capability (e.g. CHOWN, or ALL)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l security-opt -d 'Security options: seccomp=unconfined, no-new-privileges' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l userns -d 'User namespace mode: host (den\'s default mapping: uid 0 is you, 1.. your subordinate range), keep-id[:uid=U,gid=G] (you are uid U, default your own, with your name in /etc/passwd, and the program runs as you; the image\'s files keep their owners), nomap (your own uid is not mapped) or auto[:size=N] (a part of your range)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l ipc -d 'IPC namespace: private (the default), shareable (the same, rootless), none (private, without /dev/shm), host (the host\'s, with its /dev/shm), container:NAME (that running container\'s, and its user namespace), ns:PATH' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l pid -d 'PID namespace: private (the default), host (no PID namespace; /proc is the host\'s, bound, since a user namespace cannot mount a /proc of the host\'s PID namespace), container:NAME (that running container\'s, and its user namespace), ns:PATH' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l uts -d 'UTS namespace: private (the default), host (the host\'s hostname, which cannot be set: --hostname is refused), container:NAME (that running container\'s hostname), ns:PATH' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroupns -d 'Cgroup namespace: private, or host (the default on cgroup v1, as podman; private on cgroup v2)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l device -d 'Bind a host device into the container: HOST[:CONTAINER][:PERMS], PERMS of r, w, m (accepted; rootless, the device\'s own permissions decide). A directory binds every device below it. A device your user cannot open is refused' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l device-cgroup-rule -d 'A device cgroup rule (\'c 1:3 rwm\'): checked and, as rootless podman, not applied (a rootless container has no device cgroup; its devices are those bound in)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l group-add -d 'Add a supplementary group (name or id, looked up in the container\'s /etc/group), or keep-groups: keep your own supplementary groups (they show as nogroup inside)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l sysctl -d 'Set a namespaced kernel parameter: KEY=VALUE. As podman: net.* with a network namespace of the container\'s own; kernel.msg*, kernel.sem, kernel.shm*, fs.mqueue.* with a private IPC namespace' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l ulimit -d 'A resource limit for the program: NAME=SOFT[:HARD] (nofile, nproc, core, memlock, stack, ...; -1 is unlimited), or host (den\'s own limits). Default, as rootless podman: nofile at your hard limit, nproc at kernel.pid_max. A limit above your hard limit is an error' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l umask -d 'The program\'s umask, in octal (default 0022)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l pull -d 'When to pull the image: missing (when the store lacks it), always, never, or newer (as always: layers the store has are not fetched again)' -r -f -a "missing\t'Pull when the store has no image of that name'
always\t'Always pull (unchanged layers are not fetched again)'
never\t'Never pull: use the store\'s image or fail'
newer\t'Pull when the registry has a newer image (den pulls, reusing unchanged layers)'"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -s m -l memory -d 'Memory limit: a number with an optional unit b, k, m, g (e.g. 512m). Applied in a cgroup v2 subtree delegated to you; on cgroup v1 it is ignored with podman\'s warning' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l memory-swap -d 'Memory plus swap limit (-1: unlimited swap); needs --memory' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l memory-reservation -d 'Soft memory limit (cgroup v2 memory.low)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l cpus -d 'Number of CPUs the container may use (e.g. 1.5: a quota of 150 ms per 100 ms)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -s c -l cpu-shares -d 'Relative CPU weight (podman\'s shares, 2 to 262144; 1024 is the default weight)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-quota -d 'CPU time per period, in microseconds (with --cpu-period; not with --cpus)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l cpu-period -d 'Length of a CPU quota period, in microseconds (1000 to 1000000)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l cpuset-cpus -d 'CPUs the container may run on (0-3, 0,1)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l cpuset-mems -d 'Memory nodes the container may use (0-3, 0,1)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l pids-limit -d 'Most processes the container may have (-1: unlimited)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l blkio-weight -d 'Block I/O weight, 10 to 1000 (cgroup v2 io.weight)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroup-parent -d 'Make the container\'s cgroup below this path of your delegated cgroup' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroups -d 'Whether the container gets a cgroup of its own: enabled (the default, where cgroup v2 is delegated to you), disabled (it stays in den\'s cgroup), no-conmon and split (as enabled: den has no conmon, and its monitor is never in the container\'s group)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l secret -d 'Give the container a secret made with `den secret create`: NAME[,type=mount|env][,target=PATH|VAR][,uid=UID,gid=GID,mode=MODE]. type=mount (the default) mounts it read-only at /run/secrets/NAME (or target: an absolute path, or a name under /run/secrets), mode 0444 unless given; type=env sets the variable NAME (or target) to its content' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -s l -l label -d 'Add a label to the container: KEY=VALUE, or KEY for an empty value (repeatable; shown in inspect\'s Config.Labels, over the image\'s labels; `ps --filter label=`)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l label-file -d 'Read labels from FILE: KEY=VALUE lines; blank lines and `#` comments are skipped (repeatable; before --label)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l annotation -d 'Add an annotation to the container: KEY=VALUE (repeatable; inspect\'s Config.Annotations)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l stop-signal -d 'The signal `den stop` sends first: a name (TERM, SIGUSR1) or a number. Default: the image\'s StopSignal, else SIGTERM' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l stop-timeout -d 'Seconds `den stop` (and `restart`) waits after the stop signal before SIGKILL, when its -t is not given (default 10)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l tz -d 'Time zone of the container: a name under /usr/share/zoneinfo (Europe/Paris, UTC) or `local` (the host\'s /etc/localtime); copied to the container\'s /etc/localtime. An unknown zone is refused' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l passwd-entry -d 'The line written to the container\'s /etc/passwd for a user id the image does not list: $USERNAME, $UID, $GID, $NAME and $HOME are replaced (default `$USERNAME:*:$UID:$GID:$NAME:$HOME:/bin/sh`, with the working directory as $HOME)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l http-proxy -d 'Pass den\'s proxy variables (http_proxy, https_proxy, ftp_proxy, no_proxy and their upper-case forms) into the container; `--http-proxy=false` does not' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l init-path -d 'Path to podman\'s container-init binary: accepted and not used (den\'s init is built in)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l log-driver -d 'Where the container\'s output goes: k8s-file (the default: a log file `den logs` reads), json-file (podman\'s alias of k8s-file), none (kept nowhere) or passthrough (the container writes to den\'s own stdout and stderr, also with -d). journald is refused: den runs without systemd' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l log-opt -d 'A log option: max-size=SIZE (the log starts afresh when it would grow past SIZE, as conmon: 10k, 1m; -1 for no limit), path=FILE (the log file instead of the container\'s ctr.log), tag=TAG (shown by inspect). Repeatable' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l restart -d 'Restart policy, carried out by the container\'s monitor: no, on-failure[:N] (on a non-zero exit, at most N times), always, unless-stopped. `den stop` and `den kill` end it. Not with --rm' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l health-cmd -d 'A health check to run in the container: a shell command (CMD-SHELL), a JSON array (`["CMD", "prog", "arg"]` or `["CMD-SHELL", "cmd"]`), or none. Exit 0 is healthy' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l health-interval -d 'Time between health checks (default 30s; `disable`: only `den healthcheck run`)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l health-retries -d 'Failures in a row that make the container unhealthy (default 3)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l health-start-period -d 'Time after the start in which failures do not count (default 0s)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l health-timeout -d 'Time a check may take before it counts as failed (default 30s, at least 1s)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l health-on-failure -d 'What the monitor does when the container turns unhealthy: none (the default), kill, restart or stop' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l pod -d 'Run in a pod (name or id), in the namespaces its infra holds; new:NAME creates the pod first (with this container\'s -p as the pod\'s ports)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l help -d 'Print help (`-h` is --hostname, as in podman)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -s i -l interactive -d 'Keep standard input open'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -s t -l tty -d 'Allocate a pseudo-terminal'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l rm -d 'Remove the container when it exits'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -s d -l detach -d 'Run the container in the background and print its id (`den run` only)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l read-only -d 'Mount the container\'s root filesystem read-only'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -s P -l publish-all -d 'Publish every exposed port (the image\'s EXPOSE and --expose) to a free host port'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l no-hosts -d 'Do not write /etc/hosts: the image\'s own file stays'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l privileged -d 'Give the container every capability of its user namespace, no seccomp filter, no masked or read-only /proc and /sys paths, a writable /sys where the kernel allows, and the host\'s devices (bound in: rootless, only those your user may open are usable)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l rootfs -d 'IMAGE is a directory to use as the root filesystem instead of an image'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l env-host -d 'Pass den\'s whole environment into the container: over the image\'s variables, under --env-file and --env'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l init -d 'Run an init as PID 1 that forwards signals and reaps zombies. den always does (its own init, shown as podman\'s `/run/podman-init`), so this changes nothing'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l replace -d 'Remove an existing container of the same --name first (stopping it if it runs)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l rmi -d 'Remove the image after the container exits (with --rm), unless another container uses it (`den run` only)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -s q -l quiet -d 'Print no pull progress when the image must be pulled'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l no-healthcheck -d 'Run no health check, not even the image\'s'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from run" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from start" -s f -l filter -d 'Start the containers that pass a filter (as `den ps --filter`)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from start" -l detach-keys -d 'Accepted for podman\'s command lines, and checked: `start -a` runs the container in the foreground with den as its parent, which has no detaching (`den attach` has)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from start" -l sig-proxy -d 'Accepted for podman\'s command lines: an attached den passes SIGINT, SIGTERM and SIGHUP on to the container always' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from start" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from start" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from start" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from start" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from start" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from start" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from start" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from start" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from start" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from start" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from start" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from start" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from start" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from start" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from start" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from start" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from start" -s a -l attach -d 'Run the container in the foreground: its output (and, with -t at create, its terminal) on yours, exit with its status (one container only)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from start" -s i -l interactive -d 'Keep standard input open and connect it to the container (implies --attach)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from start" -l all -d 'Start every container, whatever its state (running ones are left as they are)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from start" -s l -l latest -d 'Start the newest container'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from start" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stats" -l format -d 'Go template (.ID .Name .CPUPerc .MemUsage .MemPerc .NetIO .BlockIO .PIDs .CPU .AVGCPU), table TEMPLATE, or json' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stats" -s i -l interval -d 'Seconds between samples' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stats" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stats" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stats" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stats" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stats" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stats" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stats" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stats" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stats" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stats" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stats" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stats" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stats" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stats" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stats" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stats" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stats" -s a -l all -d 'Show every running container (the default when none is named)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stats" -l no-stream -d 'Print one sample and exit'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stats" -l no-reset -d 'Do not clear the terminal between samples'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stats" -s l -l latest -d 'The newest container'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stats" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stop" -s t -l time -d 'Seconds to wait for the container to exit after its stop signal (SIGTERM unless --stop-signal or the image said otherwise) before sending SIGKILL; default: the container\'s --stop-timeout (10)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stop" -l cidfile -d 'Read container ids from FILE (repeatable), as written by `--cidfile` of podman\'s run' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stop" -s f -l filter -d 'Act on the containers that pass a filter: name=TEXT, id=PREFIX, status=created|running|exited, label=KEY[=VALUE] (repeatable; values of one key are alternatives)' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stop" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stop" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stop" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stop" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stop" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stop" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stop" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stop" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stop" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stop" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stop" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stop" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stop" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stop" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stop" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stop" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stop" -s i -l ignore -d 'Do not fail on a container that does not exist'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stop" -s a -l all -d 'Act on every container'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stop" -s l -l latest -d 'Act on the newest container'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stop" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from top" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from top" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from top" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from top" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from top" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from top" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from top" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from top" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from top" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from top" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from top" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from top" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from top" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from top" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from top" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from top" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from top" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from top" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from unpause" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from unpause" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from unpause" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from unpause" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from unpause" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from unpause" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from unpause" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from unpause" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from unpause" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from unpause" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from unpause" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from unpause" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from unpause" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from unpause" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from unpause" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from unpause" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from unpause" -s a -l all -d 'Every running (for unpause: paused) container'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from unpause" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from unpause" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from wait" -l condition -d 'States to wait for (repeatable, comma-separated): exited or stopped (the default), running, created or configured, removing, healthy, unhealthy (the health check\'s status). paused, stopping and initialized are refused: den containers never show them' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from wait" -s i -l interval -d 'How often to look at the container: a duration (250ms, 1s) or milliseconds' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from wait" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from wait" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from wait" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from wait" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from wait" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from wait" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from wait" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from wait" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from wait" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from wait" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from wait" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from wait" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from wait" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from wait" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from wait" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from wait" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from wait" -s l -l latest -d 'Wait for the newest container'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from wait" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "attach" -d 'Attach to a running container (as `den attach`)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "commit" -d 'Create a new image from a container\'s changes (as `den commit`)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "cp" -d 'Copy files between a container and the host (as `den cp`)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a container without starting it (as `den create`)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Show the files a container changed (as `den diff`)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "exec" -d 'Run a command in a running container (as `den exec`)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Exit 0 when the container exists, 1 when it does not'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export a container\'s root filesystem as a tarball (as `den export`)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Show a container\'s configuration and state as JSON'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "kill" -d 'Send a signal to running containers (as `den kill`)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "list" -d 'List containers (as `den ps`)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "logs" -d 'Show the output of containers (as `den logs`)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "pause" -d 'Pause running containers (as `den pause`)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "port" -d 'Show a container\'s published ports (as `den port`)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove all containers that are not running'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a container (as `den rename`)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "restart" -d 'Stop and start containers (as `den restart`)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove containers (as `den rm`)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run a command in a new container (as `den run`)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start containers (as `den start`)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Show containers\' resource use (as `den stats`)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop running containers (as `den stop`)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "top" -d 'Show the processes of a running container (as `den top`)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "unpause" -d 'Resume paused containers (as `den unpause`)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "wait" -d 'Wait for containers (as `den wait`)'
complete -c den -n "__fish_den_using_subcommand container; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -f -a "create" -d 'Create a pod (and its infra container) and print its id'
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -f -a "ps" -d 'List pods'
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -f -a "ls" -d 'List pods'
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -f -a "list" -d 'List pods'
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -f -a "inspect" -d 'Show the details of pods as JSON, or a field of them through a template'
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -f -a "exists" -d 'Exit 0 when the pod exists, 1 when it does not'
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -f -a "start" -d 'Start a pod\'s containers (the infra first)'
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -f -a "stop" -d 'Stop a pod\'s containers (the infra last)'
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -f -a "kill" -d 'Send a signal to a pod\'s running containers'
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -f -a "restart" -d 'Stop and start a pod\'s containers'
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -f -a "rm" -d 'Remove pods and their stopped containers (-f: running ones too)'
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -f -a "remove" -d 'Remove pods and their stopped containers (-f: running ones too)'
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -f -a "prune" -d 'Remove every pod whose containers are all stopped'
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -f -a "top" -d 'Show the processes of a pod\'s running containers'
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -f -a "logs" -d 'Show the output of a pod\'s containers (each line after the container\'s id, or with -n its name)'
complete -c den -n "__fish_den_using_subcommand pod; and not __fish_seen_subcommand_from create ps ls list inspect exists start stop kill restart rm remove prune top logs help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from create" -l name -d 'Name of the pod (default: a generated one)' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from create" -s p -l publish -d 'Publish a port of the pod: [IP:][HOSTPORT:]CONTAINERPORT[/tcp|udp] (on its infra)' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from create" -l network -d 'The pod\'s network mode, as `den run --network` (its infra\'s)' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from create" -l hostname -d 'The pod\'s hostname (default: the pod\'s name)' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from create" -l infra -d 'Create the infra container that holds the shared namespaces' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from create" -l infra-name -d 'Name of the infra container (default: the pod\'s short id and "-infra")' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from create" -l share -d 'Namespaces the pod\'s containers share: a comma list of ipc, net, uts (none: none)' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from create" -s l -l label -d 'Set a label on the pod: KEY=VALUE or KEY' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from create" -l add-host -d 'Add a line to the pod\'s /etc/hosts: HOST:IP' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from create" -l dns -d 'Name server for the pod\'s /etc/resolv.conf' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from create" -l pod-id-file -d 'Write the pod\'s id to FILE' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from create" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from create" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from create" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from create" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from create" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from create" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from create" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from create" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from create" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from create" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from create" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from create" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from create" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from create" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from create" -l replace -d 'Remove a pod of the same name first (with its containers)'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from create" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ps" -s f -l filter -d 'Filter: name=TEXT, id=PREFIX, status=created|running|degraded|stopped|exited, label=KEY[=VALUE] (repeatable; values of one key are alternatives)' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ps" -l format -d 'Go template (.Id .Name .Status .Created .InfraId .NumberOfContainers .Labels .ContainerNames .ContainerIds .ContainerStatuses), or json' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ps" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ps" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ps" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ps" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ps" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ps" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ps" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ps" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ps" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ps" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ps" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ps" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ps" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ps" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ps" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ps" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ps" -s q -l quiet -d 'Print only the ids'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ps" -l no-trunc -d 'Print whole ids'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ps" -l ctr-names -d 'Show the names of each pod\'s containers'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ps" -l ctr-ids -d 'Show the ids of each pod\'s containers'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ps" -l ctr-status -d 'Show the status of each pod\'s containers'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ps" -l noheading -d 'Do not print the header row'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ps" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ps" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter: name=TEXT, id=PREFIX, status=created|running|degraded|stopped|exited, label=KEY[=VALUE] (repeatable; values of one key are alternatives)' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ls" -l format -d 'Go template (.Id .Name .Status .Created .InfraId .NumberOfContainers .Labels .ContainerNames .ContainerIds .ContainerStatuses), or json' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ls" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ls" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ls" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ls" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ls" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ls" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ls" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ls" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ls" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ls" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ls" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ls" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only the ids'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ls" -l no-trunc -d 'Print whole ids'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ls" -l ctr-names -d 'Show the names of each pod\'s containers'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ls" -l ctr-ids -d 'Show the ids of each pod\'s containers'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ls" -l ctr-status -d 'Show the status of each pod\'s containers'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ls" -l noheading -d 'Do not print the header row'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ls" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter: name=TEXT, id=PREFIX, status=created|running|degraded|stopped|exited, label=KEY[=VALUE] (repeatable; values of one key are alternatives)' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from list" -l format -d 'Go template (.Id .Name .Status .Created .InfraId .NumberOfContainers .Labels .ContainerNames .ContainerIds .ContainerStatuses), or json' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from list" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from list" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from list" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from list" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from list" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from list" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from list" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from list" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from list" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from list" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from list" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from list" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from list" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from list" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from list" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the ids'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from list" -l no-trunc -d 'Print whole ids'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from list" -l ctr-names -d 'Show the names of each pod\'s containers'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from list" -l ctr-ids -d 'Show the ids of each pod\'s containers'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from list" -l ctr-status -d 'Show the status of each pod\'s containers'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from list" -l noheading -d 'Do not print the header row'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from list" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Go template applied to the pod (e.g. {{.InfraContainerID}})' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from inspect" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from exists" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from exists" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from exists" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from exists" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from exists" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from exists" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from exists" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from exists" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from exists" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from exists" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from exists" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from exists" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from exists" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from start" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from start" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from start" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from start" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from start" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from start" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from start" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from start" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from start" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from start" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from start" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from start" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from start" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from start" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from start" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from start" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from start" -s a -l all -d 'Act on every pod'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from start" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from stop" -s t -l time -d 'Seconds to wait after each container\'s stop signal before SIGKILL (default: each container\'s stop timeout)' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from stop" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from stop" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from stop" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from stop" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from stop" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from stop" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from stop" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from stop" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from stop" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from stop" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from stop" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from stop" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from stop" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from stop" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from stop" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from stop" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from stop" -s a -l all -d 'Act on every pod'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from stop" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from kill" -s s -l signal -d 'Signal to send (name or number)' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from kill" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from kill" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from kill" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from kill" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from kill" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from kill" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from kill" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from kill" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from kill" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from kill" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from kill" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from kill" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from kill" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from kill" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from kill" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from kill" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from kill" -s a -l all -d 'Act on every pod'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from kill" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from kill" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from restart" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from restart" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from restart" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from restart" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from restart" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from restart" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from restart" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from restart" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from restart" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from restart" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from restart" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from restart" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from restart" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from restart" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from restart" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from restart" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from restart" -s a -l all -d 'Act on every pod'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from restart" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from rm" -l pod-id-file -d 'Read pod ids from FILE (repeatable)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from rm" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from rm" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from rm" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from rm" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from rm" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from rm" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from rm" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from rm" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from rm" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from rm" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from rm" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from rm" -s f -l force -d 'Stop and remove running containers too'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from rm" -s i -l ignore -d 'Do not fail on a pod that does not exist'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from rm" -s a -l all -d 'Act on every pod'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from rm" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from remove" -l pod-id-file -d 'Read pod ids from FILE (repeatable)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from remove" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from remove" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from remove" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from remove" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from remove" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from remove" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from remove" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from remove" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from remove" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from remove" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from remove" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from remove" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from remove" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from remove" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from remove" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from remove" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from remove" -s f -l force -d 'Stop and remove running containers too'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from remove" -s i -l ignore -d 'Do not fail on a pod that does not exist'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from remove" -s a -l all -d 'Act on every pod'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from remove" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from prune" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from prune" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from prune" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from prune" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from prune" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from prune" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from prune" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from prune" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from prune" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from prune" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from prune" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from prune" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from prune" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from prune" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from prune" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from prune" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from prune" -s f -l force -d 'Do not ask for confirmation (den never asks)'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from prune" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from prune" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from top" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from top" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from top" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from top" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from top" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from top" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from top" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from top" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from top" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from top" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from top" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from top" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from top" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from top" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from top" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from top" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from top" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from top" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from logs" -s c -l container -d 'Only this container of the pod (name or id)' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from logs" -l tail -d 'Print only the last N lines of each container (-1: all)' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from logs" -l since -d 'Print only output since a time: RFC 3339 or a duration before now (10s, 5m, 2h)' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from logs" -l until -d 'Print only output until a time: RFC 3339 or a duration before now (10s, 5m, 2h)' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from logs" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from logs" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from logs" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from logs" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from logs" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from logs" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from logs" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from logs" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from logs" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from logs" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from logs" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from logs" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from logs" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from logs" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from logs" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from logs" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from logs" -s f -l follow -d 'Keep printing new output until the containers exit'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from logs" -s t -l timestamps -d 'Print each line\'s time'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from logs" -s n -l names -d 'With several containers: start each line with the container\'s name (else its short id)'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from logs" -l color -d 'Accepted for podman\'s command lines: den prints no colours'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from logs" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from logs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a pod (and its infra container) and print its id'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "ps" -d 'List pods'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Show the details of pods as JSON, or a field of them through a template'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Exit 0 when the pod exists, 1 when it does not'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "start" -d 'Start a pod\'s containers (the infra first)'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "stop" -d 'Stop a pod\'s containers (the infra last)'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "kill" -d 'Send a signal to a pod\'s running containers'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "restart" -d 'Stop and start a pod\'s containers'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove pods and their stopped containers (-f: running ones too)'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "prune" -d 'Remove every pod whose containers are all stopped'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "top" -d 'Show the processes of a pod\'s running containers'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "logs" -d 'Show the output of a pod\'s containers (each line after the container\'s id, or with -n its name)'
complete -c den -n "__fish_den_using_subcommand pod; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -f -a "kube" -d 'Write Kubernetes YAML (a Pod, and a Service with -s) of containers or a pod'
complete -c den -n "__fish_den_using_subcommand generate; and not __fish_seen_subcommand_from kube help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand generate; and __fish_seen_subcommand_from kube" -s f -l filename -d 'Write the YAML to FILE instead of standard output' -r -F
complete -c den -n "__fish_den_using_subcommand generate; and __fish_seen_subcommand_from kube" -s t -l type -d 'The kind to write: pod, or deployment (an apps/v1 Deployment whose template is the pod, as later podman writes it)' -r -f -a "pod\t''
deployment\t''"
complete -c den -n "__fish_den_using_subcommand generate; and __fish_seen_subcommand_from kube" -s r -l replicas -d 'With --type deployment: the Deployment\'s replicas' -r
complete -c den -n "__fish_den_using_subcommand generate; and __fish_seen_subcommand_from kube" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand generate; and __fish_seen_subcommand_from kube" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand generate; and __fish_seen_subcommand_from kube" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand generate; and __fish_seen_subcommand_from kube" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand generate; and __fish_seen_subcommand_from kube" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand generate; and __fish_seen_subcommand_from kube" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand generate; and __fish_seen_subcommand_from kube" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand generate; and __fish_seen_subcommand_from kube" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand generate; and __fish_seen_subcommand_from kube" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand generate; and __fish_seen_subcommand_from kube" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand generate; and __fish_seen_subcommand_from kube" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand generate; and __fish_seen_subcommand_from kube" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand generate; and __fish_seen_subcommand_from kube" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand generate; and __fish_seen_subcommand_from kube" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand generate; and __fish_seen_subcommand_from kube" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand generate; and __fish_seen_subcommand_from kube" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand generate; and __fish_seen_subcommand_from kube" -s s -l service -d 'Add a Service (type NodePort) for the published ports'
complete -c den -n "__fish_den_using_subcommand generate; and __fish_seen_subcommand_from kube" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand generate; and __fish_seen_subcommand_from kube" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand generate; and __fish_seen_subcommand_from help" -f -a "kube" -d 'Write Kubernetes YAML (a Pod, and a Service with -s) of containers or a pod'
complete -c den -n "__fish_den_using_subcommand generate; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand kube; and not __fish_seen_subcommand_from play down generate help" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and not __fish_seen_subcommand_from play down generate help" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and not __fish_seen_subcommand_from play down generate help" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand kube; and not __fish_seen_subcommand_from play down generate help" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand kube; and not __fish_seen_subcommand_from play down generate help" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand kube; and not __fish_seen_subcommand_from play down generate help" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand kube; and not __fish_seen_subcommand_from play down generate help" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand kube; and not __fish_seen_subcommand_from play down generate help" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand kube; and not __fish_seen_subcommand_from play down generate help" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and not __fish_seen_subcommand_from play down generate help" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and not __fish_seen_subcommand_from play down generate help" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and not __fish_seen_subcommand_from play down generate help" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and not __fish_seen_subcommand_from play down generate help" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and not __fish_seen_subcommand_from play down generate help" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand kube; and not __fish_seen_subcommand_from play down generate help" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand kube; and not __fish_seen_subcommand_from play down generate help" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and not __fish_seen_subcommand_from play down generate help" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand kube; and not __fish_seen_subcommand_from play down generate help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand kube; and not __fish_seen_subcommand_from play down generate help" -f -a "play" -d 'Make and start the pods and volumes of a Kubernetes YAML file'
complete -c den -n "__fish_den_using_subcommand kube; and not __fish_seen_subcommand_from play down generate help" -f -a "down" -d 'Stop and remove the pods a Kubernetes YAML file made'
complete -c den -n "__fish_den_using_subcommand kube; and not __fish_seen_subcommand_from play down generate help" -f -a "generate" -d 'Write Kubernetes YAML (a Pod, and a Service with -s) of containers or a pod'
complete -c den -n "__fish_den_using_subcommand kube; and not __fish_seen_subcommand_from play down generate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from play" -l configmap -d 'A file of ConfigMap documents for env and envFrom (repeatable)' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from play" -l start -d 'Start the pods after making them (false: create only)' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from play" -l network -d 'The pods\' network mode, as `den pod create --network`' -r
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from play" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from play" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from play" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from play" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from play" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from play" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from play" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from play" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from play" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from play" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from play" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from play" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from play" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from play" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from play" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from play" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from play" -l replace -d 'Remove the pods of the file first (as kube down), then make them anew'
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from play" -s q -l quiet -d 'Print no pull progress'
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from play" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from play" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from down" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from down" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from down" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from down" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from down" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from down" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from down" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from down" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from down" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from down" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from down" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from down" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from down" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from down" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from down" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from down" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from down" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from down" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from generate" -s f -l filename -d 'Write the YAML to FILE instead of standard output' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from generate" -s t -l type -d 'The kind to write: pod, or deployment (an apps/v1 Deployment whose template is the pod, as later podman writes it)' -r -f -a "pod\t''
deployment\t''"
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from generate" -s r -l replicas -d 'With --type deployment: the Deployment\'s replicas' -r
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from generate" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from generate" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from generate" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from generate" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from generate" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from generate" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from generate" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from generate" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from generate" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from generate" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from generate" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from generate" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from generate" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from generate" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from generate" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from generate" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from generate" -s s -l service -d 'Add a Service (type NodePort) for the published ports'
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from generate" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from help" -f -a "play" -d 'Make and start the pods and volumes of a Kubernetes YAML file'
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from help" -f -a "down" -d 'Stop and remove the pods a Kubernetes YAML file made'
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Write Kubernetes YAML (a Pod, and a Service with -s) of containers or a pod'
complete -c den -n "__fish_den_using_subcommand kube; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand play; and not __fish_seen_subcommand_from kube help" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand play; and not __fish_seen_subcommand_from kube help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand play; and not __fish_seen_subcommand_from kube help" -f -a "kube" -d 'Make and start the pods and volumes of a Kubernetes YAML file'
complete -c den -n "__fish_den_using_subcommand play; and not __fish_seen_subcommand_from kube help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand play; and __fish_seen_subcommand_from kube" -l configmap -d 'A file of ConfigMap documents for env and envFrom (repeatable)' -r -F
complete -c den -n "__fish_den_using_subcommand play; and __fish_seen_subcommand_from kube" -l start -d 'Start the pods after making them (false: create only)' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand play; and __fish_seen_subcommand_from kube" -l network -d 'The pods\' network mode, as `den pod create --network`' -r
complete -c den -n "__fish_den_using_subcommand play; and __fish_seen_subcommand_from kube" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand play; and __fish_seen_subcommand_from kube" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand play; and __fish_seen_subcommand_from kube" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand play; and __fish_seen_subcommand_from kube" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand play; and __fish_seen_subcommand_from kube" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand play; and __fish_seen_subcommand_from kube" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand play; and __fish_seen_subcommand_from kube" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand play; and __fish_seen_subcommand_from kube" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand play; and __fish_seen_subcommand_from kube" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand play; and __fish_seen_subcommand_from kube" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand play; and __fish_seen_subcommand_from kube" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand play; and __fish_seen_subcommand_from kube" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand play; and __fish_seen_subcommand_from kube" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand play; and __fish_seen_subcommand_from kube" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand play; and __fish_seen_subcommand_from kube" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand play; and __fish_seen_subcommand_from kube" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand play; and __fish_seen_subcommand_from kube" -l replace -d 'Remove the pods of the file first (as kube down), then make them anew'
complete -c den -n "__fish_den_using_subcommand play; and __fish_seen_subcommand_from kube" -s q -l quiet -d 'Print no pull progress'
complete -c den -n "__fish_den_using_subcommand play; and __fish_seen_subcommand_from kube" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand play; and __fish_seen_subcommand_from kube" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand play; and __fish_seen_subcommand_from help" -f -a "kube" -d 'Make and start the pods and volumes of a Kubernetes YAML file'
complete -c den -n "__fish_den_using_subcommand play; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand shell" -l project -d 'Use this project: a directory with a den.toml, or the file (default: the den.toml of the working directory or its nearest parent)' -r -F
complete -c den -n "__fish_den_using_subcommand shell" -l image -d 'A plain toolbox of this image, without a den.toml (named den-<image>, e.g. den-debian-12; the host\'s $HOME, every integration on)' -r
complete -c den -n "__fish_den_using_subcommand shell" -l name -d 'The toolbox\'s container name, over den.toml\'s name and the default' -r
complete -c den -n "__fish_den_using_subcommand shell" -l export -d 'Write ~/.local/bin/BIN, a wrapper that runs BIN in this toolbox, and exit' -r
complete -c den -n "__fish_den_using_subcommand shell" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand shell" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand shell" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand shell" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand shell" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand shell" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand shell" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand shell" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand shell" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand shell" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand shell" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand shell" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand shell" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand shell" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand shell" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand shell" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand shell" -l recreate -d 'Remove the toolbox and make it again from den.toml (a project\'s own $HOME is kept)'
complete -c den -n "__fish_den_using_subcommand shell" -l rm -d 'Remove the toolbox and exit (a project\'s own $HOME is kept)'
complete -c den -n "__fish_den_using_subcommand shell" -l list -d 'List den\'s toolboxes: name, status, image and project, and exit'
complete -c den -n "__fish_den_using_subcommand shell" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand shell" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand events" -s f -l filter -d 'Show only events that match: container=NAME|ID, event=STATUS (or status=), image=NAME|ID, label=KEY[=VALUE], type=container|image|volume. Values of one key are ORed, different keys ANDed' -r
complete -c den -n "__fish_den_using_subcommand events" -l format -d 'Print each event as JSON (`json`) or through a Go template on .ID, .Name, .Image, .Status, .Type, .Time, .Attributes, .ContainerExitCode' -r
complete -c den -n "__fish_den_using_subcommand events" -l since -d 'Show events at or after this time: RFC 3339, a date, unix seconds, or a duration such as 10m (that long ago)' -r
complete -c den -n "__fish_den_using_subcommand events" -l until -d 'Show events up to this time (same forms; a duration is that long from now). While streaming, den exits once this time has passed' -r
complete -c den -n "__fish_den_using_subcommand events" -l stream -d 'Keep following the log for new events (the default) until interrupted; --stream=false prints what is recorded and exits' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand events" -l no-trunc -d 'Accepted for podman compatibility: den never truncates ids in events' -r -f -a "true\t''
false\t''"
complete -c den -n "__fish_den_using_subcommand events" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand events" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand events" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand events" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand events" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand events" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand events" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand events" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand events" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand events" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand events" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand events" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand events" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand events" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand events" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand events" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand events" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand events" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm remove exists help" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm remove exists help" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm remove exists help" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm remove exists help" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm remove exists help" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm remove exists help" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm remove exists help" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm remove exists help" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm remove exists help" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm remove exists help" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm remove exists help" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm remove exists help" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm remove exists help" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm remove exists help" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm remove exists help" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm remove exists help" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm remove exists help" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm remove exists help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm remove exists help" -f -a "create" -d 'Create a secret from a file, or - for stdin (or, with --env, an environment variable)'
complete -c den -n "__fish_den_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm remove exists help" -f -a "ls" -d 'List secrets'
complete -c den -n "__fish_den_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm remove exists help" -f -a "list" -d 'List secrets'
complete -c den -n "__fish_den_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm remove exists help" -f -a "inspect" -d 'Show the details of secrets as JSON (never their data), or fields through a template'
complete -c den -n "__fish_den_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm remove exists help" -f -a "rm" -d 'Remove secrets (containers that use one keep what they read when they started)'
complete -c den -n "__fish_den_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm remove exists help" -f -a "remove" -d 'Remove secrets (containers that use one keep what they read when they started)'
complete -c den -n "__fish_den_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm remove exists help" -f -a "exists" -d 'Exit 0 when the secret exists, 1 when it does not'
complete -c den -n "__fish_den_using_subcommand secret; and not __fish_seen_subcommand_from create ls list inspect rm remove exists help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from create" -s d -l driver -d 'Secret driver: only file (the data is kept, mode 0600, in den\'s store)' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from create" -l driver-opts -d 'Driver options (the file driver takes none)' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from create" -s l -l label -d 'Set a label: KEY=VALUE or KEY' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from create" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from create" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from create" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from create" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from create" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from create" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from create" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from create" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from create" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from create" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from create" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from create" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from create" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from create" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from create" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from create" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from create" -l env -d 'Read the secret from the environment variable named by the second argument'
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from create" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from ls" -l format -d 'Go template (.ID .Name .Driver .CreatedAt .UpdatedAt, or .Spec.Name ...), or json' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from ls" -s f -l filter -d 'Filter: name=NAME (substring), id=ID (prefix)' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from ls" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from ls" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from ls" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from ls" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from ls" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from ls" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from ls" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from ls" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from ls" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from ls" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from ls" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from ls" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from ls" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from ls" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from ls" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from ls" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from ls" -s n -l noheading -d 'Do not print the header'
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print only the ids'
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from ls" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from list" -l format -d 'Go template (.ID .Name .Driver .CreatedAt .UpdatedAt, or .Spec.Name ...), or json' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from list" -s f -l filter -d 'Filter: name=NAME (substring), id=ID (prefix)' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from list" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from list" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from list" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from list" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from list" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from list" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from list" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from list" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from list" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from list" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from list" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from list" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from list" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from list" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from list" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from list" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from list" -s n -l noheading -d 'Do not print the header'
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only the ids'
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from list" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from inspect" -s f -l format -d 'Go template over each secret\'s JSON object, or json' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l pretty -d 'Print a readable summary instead of JSON'
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from inspect" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from rm" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from rm" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from rm" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from rm" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from rm" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from rm" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from rm" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from rm" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from rm" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from rm" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from rm" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from rm" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from rm" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from rm" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from rm" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from rm" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from rm" -s a -l all -d 'Remove every secret'
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from rm" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from remove" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from remove" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from remove" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from remove" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from remove" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from remove" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from remove" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from remove" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from remove" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from remove" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from remove" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from remove" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from remove" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from remove" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from remove" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from remove" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from remove" -s a -l all -d 'Remove every secret'
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from remove" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from exists" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from exists" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from exists" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from exists" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from exists" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from exists" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from exists" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from exists" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from exists" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from exists" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from exists" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from exists" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from exists" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from exists" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from exists" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from exists" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from exists" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from exists" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a secret from a file, or - for stdin (or, with --env, an environment variable)'
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "ls" -d 'List secrets'
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Show the details of secrets as JSON (never their data), or fields through a template'
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "rm" -d 'Remove secrets (containers that use one keep what they read when they started)'
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "exists" -d 'Exit 0 when the secret exists, 1 when it does not'
complete -c den -n "__fish_den_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand stats" -l format -d 'Go template (.ID .Name .CPUPerc .MemUsage .MemPerc .NetIO .BlockIO .PIDs .CPU .AVGCPU), table TEMPLATE, or json' -r
complete -c den -n "__fish_den_using_subcommand stats" -s i -l interval -d 'Seconds between samples' -r
complete -c den -n "__fish_den_using_subcommand stats" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand stats" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand stats" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand stats" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand stats" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand stats" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand stats" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand stats" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand stats" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand stats" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand stats" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand stats" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand stats" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand stats" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand stats" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand stats" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand stats" -s a -l all -d 'Show every running container (the default when none is named)'
complete -c den -n "__fish_den_using_subcommand stats" -l no-stream -d 'Print one sample and exit'
complete -c den -n "__fish_den_using_subcommand stats" -l no-reset -d 'Do not clear the terminal between samples'
complete -c den -n "__fish_den_using_subcommand stats" -s l -l latest -d 'The newest container'
complete -c den -n "__fish_den_using_subcommand stats" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand pause" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand pause" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand pause" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand pause" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand pause" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand pause" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand pause" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand pause" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand pause" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pause" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pause" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pause" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand pause" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand pause" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand pause" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand pause" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand pause" -s a -l all -d 'Every running (for unpause: paused) container'
complete -c den -n "__fish_den_using_subcommand pause" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand pause" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand unpause" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand unpause" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand unpause" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand unpause" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand unpause" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand unpause" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand unpause" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand unpause" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand unpause" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand unpause" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand unpause" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand unpause" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand unpause" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand unpause" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand unpause" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand unpause" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand unpause" -s a -l all -d 'Every running (for unpause: paused) container'
complete -c den -n "__fish_den_using_subcommand unpause" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand unpause" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -f -a "run" -d 'Run a container\'s health check now: exit 0 when it passes, 1 (printing "unhealthy") when it fails'
complete -c den -n "__fish_den_using_subcommand healthcheck; and not __fish_seen_subcommand_from run help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l root -d 'Directory of den\'s store (images, layers, containers)' -r -F
complete -c den -n "__fish_den_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l runroot -d 'Directory of den\'s runtime state (mount points, sockets)' -r -F
complete -c den -n "__fish_den_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l log-level -d 'How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic' -r
complete -c den -n "__fish_den_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l storage-driver -d 'Storage driver for this command, over `storage.driver` in config.toml: auto, overlay, fuse-overlayfs or vfs' -r
complete -c den -n "__fish_den_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l storage-opt -d 'An option for the storage driver (repeatable). den reads `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of podman\'s storage.conf are accepted with a warning and have no effect' -r
complete -c den -n "__fish_den_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l events-backend -d 'Where den records events: file (the default, under the store), or none (record no events). journald is refused: den has no journald backend' -r -f -a "file\t'A file of events in the store'
journald\t'podman\'s journald backend: refused'
none\t'Record no events'"
complete -c den -n "__fish_den_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l cgroup-manager -d 'Accepted for podman\'s command lines: cgroupfs or systemd. den manages no cgroups through systemd; the value changes nothing' -r -f -a "cgroupfs\t''
systemd\t''"
complete -c den -n "__fish_den_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l runtime -d 'Accepted for podman\'s command lines: a runtime\'s name (runc, crun) or path, which must exist. den is its own runtime and starts containers itself; the program is not run' -r
complete -c den -n "__fish_den_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l tmpdir -d 'Accepted for podman\'s command lines: den keeps its temporary files under the store (<store>/tmp) and its state under --runroot; the value is not used' -r -F
complete -c den -n "__fish_den_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l network-cmd-path -d 'Accepted for podman\'s command lines: den finds pasta and slirp4netns on PATH; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l network-config-dir -d 'Accepted for podman\'s command lines: den keeps its networks in its store; the directory is not used' -r -F
complete -c den -n "__fish_den_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l conmon -d 'Accepted for podman\'s command lines: den\'s monitor is den itself; the path is not used' -r -F
complete -c den -n "__fish_den_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l hooks-dir -d 'Refused: den runs no OCI hooks' -r -F
complete -c den -n "__fish_den_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l namespace -d 'Refused: den has no libpod namespaces; use another --root for a separate set' -r
complete -c den -n "__fish_den_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l runtime-flag -d 'Refused: den is its own runtime, so there is no runtime to pass flags to' -r
complete -c den -n "__fish_den_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l volumepath -d 'Refused: den keeps volumes in its store (--root)' -r -F
complete -c den -n "__fish_den_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -l syslog -d 'Accepted for podman\'s command lines: den logs to standard error only'
complete -c den -n "__fish_den_using_subcommand healthcheck; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c den -n "__fish_den_using_subcommand healthcheck; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run a container\'s health check now: exit 0 when it passes, 1 (printing "unhealthy") when it fails'
complete -c den -n "__fish_den_using_subcommand healthcheck; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "run" -d 'Run a command in a new container'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "load" -d 'Load images from a docker-archive or OCI archive tarball, or an OCI layout directory'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "import" -d 'Create an image from a tarball of a root filesystem'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "pull" -d 'Pull an image from a registry'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "push" -d 'Push an image to a registry'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "login" -d 'Log in to a registry (credentials are kept in auth.json, as podman does)'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "logout" -d 'Log out of a registry'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "images" -d 'List images in local storage'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "rmi" -d 'Remove one or more images from local storage'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "info" -d 'Show how den is set up on this machine: mapping, storage driver, paths, kernel features'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "version" -d 'Show den\'s version (podman\'s `version` layout)'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "doctor" -d 'Check each prerequisite of rootless containers and print the fix for every problem'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "unshare" -d 'Run a command inside den\'s user namespace (files of the store get their container owners)'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "diff" -d 'Show the files a container added (A), changed (C) and deleted (D) against its image'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "commit" -d 'Create a new image from a container\'s changes'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "build" -d 'Build an image from a Containerfile (Dockerfile), rootless, with a layer cache'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "buildx" -d 'Docker buildx compatibility: `den buildx build` is `den build`'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "export" -d 'Export a container\'s root filesystem as a tarball'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "cp" -d 'Copy files between a container and the host'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "save" -d 'Save images to a docker-archive or OCI archive, or into an OCI layout directory'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "tag" -d 'Add names to an image'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "untag" -d 'Remove names from an image (all of them when none are given)'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "inspect" -d 'Show the details of images as JSON, or fields of them through a template'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "history" -d 'Show the history of an image: the steps that made it, newest first'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "image" -d 'Manage images: ls, rm, inspect, tag, untag, save, load, import, prune, history, exists'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "system" -d 'Manage den\'s store: df, prune, reset, check'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "volume" -d 'Manage volumes: create, ls, inspect, rm, prune, exists, export, import'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "network" -d 'Manage networks: create, ls, inspect, rm, prune, exists, connect, disconnect, reload'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "create" -d 'Create a container without starting it (same flags as `run`)'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "start" -d 'Start one or more containers'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "stop" -d 'Stop one or more running containers: SIGTERM, then SIGKILL after a timeout'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "kill" -d 'Send a signal to one or more running containers'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "restart" -d 'Stop and start one or more containers'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "rm" -d 'Remove one or more containers'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "ps" -d 'List containers'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "logs" -d 'Show the output of a container'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "wait" -d 'Wait for containers to exit and print their exit codes'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "exec" -d 'Run a command in a running container'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "rename" -d 'Rename a container'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "top" -d 'Show the processes of a running container'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "port" -d 'Show a container\'s published ports: each as "80/tcp -> 0.0.0.0:8080", or the host address of one (den port CTR 80)'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "attach" -d 'Attach to a running container\'s terminal, or its input and output, until it exits'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "container" -d 'Manage containers'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "pod" -d 'Manage pods: create, ps, inspect, exists, start, stop, kill, restart, rm, prune, top'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "generate" -d 'Generate structured data of containers and pods: kube (Kubernetes YAML)'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "kube" -d 'Play and take down Kubernetes YAML: play, down, generate'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "play" -d 'Play Kubernetes YAML: kube (as den kube play)'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "shell" -d 'Enter a project\'s toolbox (den.toml), made on first use: your user, $HOME, working directory and session (display, audio, D-Bus, agents) inside a distro\'s userland'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "events" -d 'Show the events of containers and images: what is recorded, then new ones as they happen (--stream=false: only what is recorded)'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "secret" -d 'Manage secrets: create, ls, inspect, rm, exists (podman\'s file driver)'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "stats" -d 'Show containers\' CPU, memory, network and block I/O use and process counts'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "pause" -d 'Pause the processes of running containers'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "unpause" -d 'Resume paused containers'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "healthcheck" -d 'Run a container\'s health check (den\'s monitor also runs it every --health-interval)'
complete -c den -n "__fish_den_using_subcommand help; and not __fish_seen_subcommand_from run load import pull push login logout images rmi info version doctor unshare diff commit build buildx export cp save tag untag inspect history image system volume network create start stop kill restart rm ps logs wait exec rename top port attach container pod generate kube play shell events secret stats pause unpause healthcheck help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from buildx" -f -a "build" -d 'Build an image from a Containerfile (as `den build`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "build" -d 'Build an image from a Containerfile (as `den build`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "ls" -d 'List images in local storage (as `den images`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "rm" -d 'Remove one or more images from local storage (as `den rmi`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "inspect" -d 'Show the details of images (as `den inspect --type image`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "tag" -d 'Add names to an image (as `den tag`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "untag" -d 'Remove names from an image (as `den untag`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "save" -d 'Save images to an archive or an OCI layout directory (as `den save`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "load" -d 'Load images from an archive or an OCI layout directory (as `den load`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "import" -d 'Create an image from a tarball of a root filesystem (as `den import`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "prune" -d 'Remove images no name and no container refers to (with -a: every unused image)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "history" -d 'Show the history of an image (as `den history`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "exists" -d 'Exit 0 when the image is in local storage, 1 when it is not'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from system" -f -a "df" -d 'Show how much disk space images, containers and volumes use, and how much is reclaimable'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from system" -f -a "prune" -d 'Remove stopped containers and dangling images (-a: every unused image; --volumes: volumes no container uses)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from system" -f -a "reset" -d 'Remove every container (stopping running ones), pod, image, network, volume and secret, and den\'s state: the store and runtime directories are left empty'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from system" -f -a "check" -d 'Check the store for consistency: a broken image index, missing layers or blobs (-r: rebuild the index, unpack missing layers again, remove damaged images)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from system" -f -a "events" -d 'Show the events of containers and images (the same as `den events`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "create" -d 'Create a volume (a random 64-hex name when none is given)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "ls" -d 'List volumes'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "inspect" -d 'Show the details of volumes as JSON, or fields of them through a template'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "rm" -d 'Remove volumes (-f: and the containers that use them)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "prune" -d 'Remove every volume no container uses'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "exists" -d 'Exit 0 when the volume exists, 1 when it does not'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "export" -d 'Write a volume\'s content as a tarball to stdout or a file'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from volume" -f -a "import" -d 'Unpack a tarball (a file, or - for stdin) into a volume'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "create" -d 'Create a network and print its name'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "ls" -d 'List networks'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "inspect" -d 'Show the details of networks as JSON, or fields of them through a template'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "rm" -d 'Remove networks (-f: and the containers on them)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "prune" -d 'Remove every network no container uses (podman\'s default network stays)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "exists" -d 'Exit 0 when the network exists, 1 when it does not'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "connect" -d 'Connect a container to a network (a running one gets its interface at once)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "disconnect" -d 'Disconnect a container from a network'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from network" -f -a "reload" -d 'Bring the networks of running containers back after their holder died'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "attach" -d 'Attach to a running container (as `den attach`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "commit" -d 'Create a new image from a container\'s changes (as `den commit`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "cp" -d 'Copy files between a container and the host (as `den cp`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "create" -d 'Create a container without starting it (as `den create`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "diff" -d 'Show the files a container changed (as `den diff`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "exec" -d 'Run a command in a running container (as `den exec`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "exists" -d 'Exit 0 when the container exists, 1 when it does not'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "export" -d 'Export a container\'s root filesystem as a tarball (as `den export`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "inspect" -d 'Show a container\'s configuration and state as JSON'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "kill" -d 'Send a signal to running containers (as `den kill`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "list" -d 'List containers (as `den ps`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "logs" -d 'Show the output of containers (as `den logs`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "pause" -d 'Pause running containers (as `den pause`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "port" -d 'Show a container\'s published ports (as `den port`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "prune" -d 'Remove all containers that are not running'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "rename" -d 'Rename a container (as `den rename`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "restart" -d 'Stop and start containers (as `den restart`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "rm" -d 'Remove containers (as `den rm`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "run" -d 'Run a command in a new container (as `den run`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "start" -d 'Start containers (as `den start`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "stats" -d 'Show containers\' resource use (as `den stats`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "stop" -d 'Stop running containers (as `den stop`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "top" -d 'Show the processes of a running container (as `den top`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "unpause" -d 'Resume paused containers (as `den unpause`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from container" -f -a "wait" -d 'Wait for containers (as `den wait`)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "create" -d 'Create a pod (and its infra container) and print its id'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "ps" -d 'List pods'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "inspect" -d 'Show the details of pods as JSON, or a field of them through a template'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "exists" -d 'Exit 0 when the pod exists, 1 when it does not'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "start" -d 'Start a pod\'s containers (the infra first)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "stop" -d 'Stop a pod\'s containers (the infra last)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "kill" -d 'Send a signal to a pod\'s running containers'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "restart" -d 'Stop and start a pod\'s containers'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "rm" -d 'Remove pods and their stopped containers (-f: running ones too)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "prune" -d 'Remove every pod whose containers are all stopped'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "top" -d 'Show the processes of a pod\'s running containers'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from pod" -f -a "logs" -d 'Show the output of a pod\'s containers (each line after the container\'s id, or with -n its name)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from generate" -f -a "kube" -d 'Write Kubernetes YAML (a Pod, and a Service with -s) of containers or a pod'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from kube" -f -a "play" -d 'Make and start the pods and volumes of a Kubernetes YAML file'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from kube" -f -a "down" -d 'Stop and remove the pods a Kubernetes YAML file made'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from kube" -f -a "generate" -d 'Write Kubernetes YAML (a Pod, and a Service with -s) of containers or a pod'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from play" -f -a "kube" -d 'Make and start the pods and volumes of a Kubernetes YAML file'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "create" -d 'Create a secret from a file, or - for stdin (or, with --env, an environment variable)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "ls" -d 'List secrets'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "inspect" -d 'Show the details of secrets as JSON (never their data), or fields through a template'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "rm" -d 'Remove secrets (containers that use one keep what they read when they started)'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "exists" -d 'Exit 0 when the secret exists, 1 when it does not'
complete -c den -n "__fish_den_using_subcommand help; and __fish_seen_subcommand_from healthcheck" -f -a "run" -d 'Run a container\'s health check now: exit 0 when it passes, 1 (printing "unhealthy") when it fails'

function __fish_den_store_names
    set -l words (commandline -opc) (commandline -ct)
    $words[1] __complete $words[2..-1] 2>/dev/null
end
complete -c den -n "__fish_den_store_names | string length -q" -f -a "(__fish_den_store_names)"
