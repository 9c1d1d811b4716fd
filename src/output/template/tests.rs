//! Expected outputs are podman 4.3's for the same template on the same data (a container
//! `c1` with labels a=b and org.den.fixture=1, run through `podman ps -a --format`).

use serde_json::{Value, json};

use super::Template;

fn render(t: &str, v: &Value) -> String {
    Template::parse(t).unwrap().render(v).unwrap()
}

fn fails(t: &str, v: &Value) -> String {
    match Template::parse(t).and_then(|t| t.render(v)) {
        Ok(out) => panic!("{t} rendered {out:?}"),
        Err(e) => format!("{e:#}"),
    }
}

fn c1() -> Value {
    json!({"Names": "c1", "Labels": {"a": "b", "org.den.fixture": "1"}, "Exited": false,
           "Mounts": [], "Pid": 0})
}

#[test]
fn fields_index_printf_len_range() {
    assert_eq!(
        render(
            r#"{{.Labels.a}} {{.Labels.zz}} {{index .Labels "a"}} {{printf "%5s|%-4d|%v|%q" .Names 3 .Exited .Names}} {{len .Labels}} {{range $k,$v := .Labels}}{{$k}}={{$v}}{{end}}"#,
            &c1()
        ),
        r#"b <no value> b    c1|3   |false|"c1" 2 a=borg.den.fixture=1"#
    );
}

#[test]
fn podman_functions_and_constants() {
    assert_eq!(
        render(
            r#"{{if .Exited}}yes{{else}}no{{end}} {{upper .Names}} {{title "ab cd"}} {{truncate .Names 1}} {{join (split "a,b" ",") "+"}} {{ 3.0 }} {{ 1e3 }} {{ .Labels }} {{ slice .Names 1 }} {{print 1 2 "a" "b" 3}}"#,
            &c1()
        ),
        "no C1 Ab Cd c a+b 3 1000 map[a:b org.den.fixture:1] 1 1 2ab3"
    );
}

#[test]
fn trimming_and_comments() {
    assert_eq!(
        render(
            "{{- /* c */ -}}  a  {{- \"b\" -}}  c  {{ \"d\" -}}\n e",
            &c1()
        ),
        "abc  de"
    );
}

#[test]
fn conditionals_and_logic() {
    assert_eq!(
        render(
            r#"{{if eq .Names "x" "c1"}}A{{else if .Exited}}B{{else}}C{{end}} {{if and .Names .Exited}}1{{end}}{{or .Exited "" "z"}} {{not .Exited}}"#,
            &c1()
        ),
        "A z true"
    );
    assert_eq!(
        render(
            "{{with .Labels.a}}w={{.}}{{else}}none{{end}} {{with .Labels.zz}}w={{.}}{{else}}none{{end}}",
            &c1()
        ),
        "w=b none"
    );
    assert_eq!(
        render(
            "{{if .Exited}}1{{else if .Pid}}2{{else if .Names}}3{{end}}",
            &c1()
        ),
        "3"
    );
}

#[test]
fn variables_and_range() {
    assert_eq!(
        render(
            "{{$n := .Names}}{{range .Mounts}}m{{else}}empty{{end}} {{$n}} {{$x := 1}}{{$x = 2}}{{$x}} {{$.Names}}",
            &c1()
        ),
        "empty c1 2 c1"
    );
    assert_eq!(
        render(
            r#"{{range $i, $e := split "a b c" " "}}{{if $i}},{{end}}{{$i}}:{{$e}}{{end}} {{len "héllo"}} {{index (split "a b" " ") 1}}"#,
            &c1()
        ),
        "0:a,1:b,2:c 6 b"
    );
    assert_eq!(
        render(
            "{{range .L}}{{if eq . 3}}{{break}}{{end}}{{if eq . 1}}{{continue}}{{end}}{{.}}{{end}}",
            &json!({"L": [0, 1, 2, 3, 4]})
        ),
        "02"
    );
}

#[test]
fn json_printf_comparisons_pipes() {
    assert_eq!(
        render(
            "{{json .Labels}} {{json .Names}} {{json .Exited}} {{json .Mounts}} {{json .Pid}}",
            &c1()
        ),
        r#"{"a":"b","org.den.fixture":"1"} "c1" false [] 0"#
    );
    assert_eq!(
        render(
            r#"{{printf "%d %s %v %x %05.1f %t %q %%" 42 "s" .Labels 255 3.14159 true .Mounts}} {{printf "%d" "s"}} {{printf "%s"}} {{printf "x" 1}}"#,
            &c1()
        ),
        "42 s map[a:b org.den.fixture:1] ff 003.1 true [] % %!d(string=s) %!s(MISSING) x%!(EXTRA int=1)"
    );
    assert_eq!(
        render(
            r#"{{lt 1 2}} {{le 2 2}} {{gt "b" "a"}} {{ne 1 2}} {{println "a" 1 2}}x"#,
            &c1()
        ),
        "true true true true a 1 2\nx"
    );
    assert_eq!(
        render(
            r#"{{.Names | upper | printf "%s!"}} {{ (split "a:b" ":") }} {{ print .Mounts .Names nil }}"#,
            &c1()
        ),
        "C1! [a b] []c1<nil>"
    );
    assert_eq!(render(r#"{{index .Labels "zz"}}|"#, &c1()), "|");
}

#[test]
fn go_printing_of_json_values() {
    let v =
        json!({"F": 2.5, "I": 3, "Big": 1e21, "Null": null, "Nest": {"b": [1, "x"], "a": true}});
    assert_eq!(
        render("{{.F}} {{.I}} {{.Big}} {{.Null}} {{.Nest}}", &v),
        "2.5 3 1e+21 <nil> map[a:true b:[1 x]]"
    );
    assert_eq!(
        render(
            "{{.ID}} {{.id}}\\t{{.Nest.A}}\\n",
            &json!({"Id": "x", "Nest": {"a": 1}})
        ),
        "x x\t1\n"
    );
    assert_eq!(
        render(
            "{{contains .A \"ell\"}} {{hasPrefix .A \"he\"}} {{hasSuffix .A \"x\"}} {{replace .A \"l\" \"L\"}} [{{pad .A 1 2}}]",
            &json!({"A": "hello"})
        ),
        "true true false heLLo [ hello  ]"
    );
}

#[test]
fn go_field_names_find_json_keys() {
    let v = json!({"M": [{"container_id": 0, "host_id": 1000}]});
    assert_eq!(
        render("{{range .M}}{{.ContainerID}}:{{.HostID}} {{end}}", &v),
        "0:1000 "
    );
}

#[test]
fn errors_say_where_and_what() {
    let e = fails(r#"{{lt 1 "a"}}"#, &c1());
    assert!(
        e.contains("error calling lt: incompatible types for comparison"),
        "{e}"
    );
    let e = fails("{{nope .Names}}", &c1());
    assert!(e.contains("function \"nope\" not defined"), "{e}");
    let e = fails("{{.Names.X}}", &c1());
    assert!(e.contains("can't evaluate field X in type string"), "{e}");
    let e = fails("{{if .Names}}unclosed", &c1());
    assert!(e.contains("unexpected EOF"), "{e}");
    let e = fails("{{range .Names}}x{{end}}", &c1());
    assert!(e.contains("range can't iterate over c1"), "{e}");
    let e = fails("{{index .Mounts 3}}", &c1());
    assert!(e.contains("index out of range: 3"), "{e}");
    let e = fails("a\n {{.Nope}}", &c1());
    assert!(e.starts_with("template: format:2:4:"), "{e}");
    assert!(e.contains("can't evaluate field Nope"), "{e}");
    for bad in [
        "{{.Names",
        "{{end}}",
        "{{else}}",
        "{{(.Names}}",
        "{{define \"x\"}}{{end}}",
        "{{.Names | }}",
        "{{\"x}}",
    ] {
        assert!(Template::parse(bad).is_err(), "{bad} parsed");
    }
}

#[test]
fn scopes_chains_and_maps() {
    let v = json!({"A": {"b": 1, "a": 2}, "S": "x", "E": "", "N": 3});
    // Map ranges go in key order; variables declared inside a block end with it.
    assert_eq!(
        render(
            "{{range $k, $v := .A}}{{$k}}{{$v}}{{end}}|{{$x := 1}}{{if .S}}{{$x = 2}}{{$y := 3}}{{$y}}{{end}}{{$x}}",
            &v
        ),
        "a2b1|32"
    );
    assert_eq!(
        render(
            "{{with .E}}e{{else with .S}}s={{.}}{{else}}none{{end}} {{with $s := .S}}{{$s}}{{.}}{{end}}",
            &v
        ),
        "s=x xx"
    );
    assert_eq!(
        render(
            "{{range .N}}{{.}}{{end}} {{range $i := .A}}{{$i}}{{end}}",
            &v
        ),
        "012 21"
    );
    assert_eq!(
        render("{{(index .A \"a\")}} {{(.A).b}} {{$.S}}", &v),
        "2 1 x"
    );
    assert_eq!(
        render(
            "{{if not .E}}empty{{end}} {{and 1 0 2}} {{or 0 \"\" }}|",
            &v
        ),
        "empty 0 |"
    );
}

#[test]
fn printf_widths_and_numbers() {
    let v = json!({"F": 1.23456, "I": -42, "S": "abc"});
    assert_eq!(
        render(
            "{{printf \"[%6.2f][%-6d][%06d][%+d][%x][%X][%o][%b][%c]\" .F .I .I 5 255 255 8 5 65}}",
            &v
        ),
        "[  1.23][-42   ][-00042][+5][ff][FF][10][101][A]"
    );
    assert_eq!(
        render(
            "{{printf \"[%5s][%-5s][%.2s][%q][%v][%t][%e][%g]\" .S .S .S .S .F true 1234.5678 0.000012}}",
            &v
        ),
        "[  abc][abc  ][ab][\"abc\"][1.23456][true][1.234568e+03][1.2e-05]"
    );
    assert_eq!(
        render("{{printf \"%d%%\" 50}} {{printf \"%*d\" 4 7}}", &v),
        "50%    7"
    );
    assert_eq!(
        render("{{ -1 }} {{ 0x1F }} {{ 1_000 }} {{ 'a' }} {{ 2.50 }}", &v),
        "-1 31 1000 97 2.5"
    );
}

// podman 4.3: `\n` and `\t` between actions are a newline and a tab; inside an action they
// are Go's string escapes (a raw newline in a string literal is Go's parse error).
#[test]
fn escapes_between_actions_and_inside_strings() {
    let v = json!({"A": "x"});
    assert_eq!(render(r"a\nb\tc", &v), "a\nb\tc");
    assert_eq!(
        render(r#"{{"\n"}}|{{"a\\nb"}}|{{.A}}\n"#, &v),
        "\n|a\\nb|x\n"
    );
    assert!(fails("{{\"a\nb\"}}", &v).contains("unterminated quoted string"));
}
