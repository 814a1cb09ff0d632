"""test_accounts.py - sign-in, roles with scope, the people pages and the audit chain, over HTTP."""
import os
import re
import subprocess
from urllib.parse import quote

from test_http import (ROOT, VAR, SURFACES, EXPECT, check, get, post, request, route_rows,
                       csrf_cookie, expect_key, test)

PW = "demo1234"
# learner12 (id 17) sits in 软件开发部 under 研发中心 and is mentor1's apprentice:
# within reach of head1, officer1 and mentor1. learner2 (id 7) is in sales.
IN_SCOPE, OUT_OF_SCOPE = 17, 7
ROLE_CAPS = {
    "admin": {"self", "login", "staff", "people", "people-edit", "teach", "admin"},
    "head1": {"self", "login", "staff", "people", "people-edit"},
    "officer1": {"self", "login", "staff", "people", "people-edit"},
    "mentor1": {"self", "login", "staff", "people"},
    "teacher1": {"self", "login", "staff", "teach"},
    "learner1": {"self", "login"},
}


def sql(query):
    out = subprocess.run(["mariadb", "-S", os.path.join(VAR, "db", "mysqld.sock"), "-u", "root",
                          "-N", "-B", "lms", "-e", query], capture_output=True, text=True)
    return out.returncode, out.stdout.strip(), out.stderr


def one(query):
    """The single value (or the tab-separated row) a query returns."""
    return sql(query)[1]


class Session:
    """A browser's cookies: the CSRF token and, once signed in, the session."""

    def __init__(self):
        self.csrf = csrf_cookie()
        self.sid = None

    def cookie(self):
        c = "lms_csrf=" + self.csrf
        return c + ("; lms_sid=" + self.sid if self.sid else "")

    def take(self, r):
        for c in r.header("Set-Cookie"):
            m = re.match(r"(lms_csrf|lms_sid)=([0-9a-f]*);", c)
            if m and m.group(1) == "lms_csrf":
                self.csrf = m.group(2)
            elif m:
                self.sid = m.group(2) or None
        return r

    def get(self, path, xml=True):
        return self.take(get(path, xml=xml, cookie=self.cookie()))

    def post(self, path, fields, xml=True):
        f = [("csrf", self.csrf)] + (list(fields.items()) if isinstance(fields, dict) else fields)
        from urllib.parse import urlencode
        return self.take(post(path, urlencode(f), cookie=self.cookie(), xml=xml))


def login(user, pw=PW, base=""):
    s = Session()
    r = s.post(base + "/login", {"username": user, "password": pw})
    check(r.status == 303, "%s signs in: %d %s" % (user, r.status, r.body[:300]))
    return s


def errors(r):
    return {(e.get("field"), e.get("code")) for e in r.xml().iter("error")}


@test
def sign_in_on_every_surface_and_out():
    for surface, base in SURFACES.items():
        s = login("learner1", base=base)
        doc = s.get(base + "/").xml()
        check(doc.find("user").get("login") == "learner1", "%s shows who is signed in" % surface)
        r = s.post(base + "/logout", {})
        check(r.status == 303 and s.sid is None, "signed out on %s" % surface)
        check(get(base + "/", xml=True).xml().find("user") is None, "anonymous after logout")


@test
def wrong_password_and_sql_injection_are_refused_with_a_message():
    for user in ("learner1", "' OR '1'='1", "admin'--", "x\" OR 1=1 #"):
        s = Session()
        r = s.post("/login", {"username": user, "password": "' OR '1'='1"})
        check(r.status == 403 and s.sid is None, "refused: %r got %d" % (user, r.status))
        check(("password", "bad_login") in errors(r), "says why: %s" % errors(r))
        check(r.xml().find("login") is not None, "the form again")
    r = Session().post("/login", {"username": "x" * 65, "password": "p"})
    check(r.status == 400 and ("username", "too_long") in errors(r), "over-long username: %s" % errors(r))
    check(r.xml().find("posted/field[@name='username']") is not None, "typed value kept")
    check(r.xml().find("posted/field[@name='password']") is None, "never echoes a password")


@test
def session_from_before_login_is_not_valid_after():
    s = Session()
    s.sid = "ab" * 32      # planted by an attacker before sign-in
    old_csrf, planted = s.csrf, s.sid
    r = s.post("/login", {"username": "learner2", "password": PW})
    check(r.status == 303 and s.sid != planted, "new session token at sign-in")
    check(s.csrf != old_csrf, "new CSRF token at sign-in")
    r = get("/profile", xml=True, cookie="lms_csrf=%s; lms_sid=%s" % (old_csrf, planted))
    check(r.status == 303, "the planted token signs no one in")


@test
def lockout_after_five_wrong_passwords():
    for i in range(5):
        r = Session().post("/login", {"username": "learner39", "password": "wrong%d" % i})
    check(("password", "locked") in errors(r), "fifth failure locks: %s" % errors(r))
    check(r.xml().find("login").get("locked-until"), "says until when")
    r = Session().post("/m/login", {"username": "learner39", "password": PW})
    check(r.status == 403 and ("password", "locked") in errors(r), "right password refused while locked")
    check("锁定" in Session().post("/login", {"username": "learner39", "password": PW}, xml=False).body,
          "the page says so plainly")
    a = login("admin", base="/admin")
    r = a.post("/admin/people/44/status", {"action": "unlock"})
    check(r.status == 303, "admin unlocks: %d" % r.status)
    login("learner39")


@test
def every_route_as_every_role():
    rows = route_rows()
    sessions = {u: login(u) for u in ROLE_CAPS}
    for method, path, cap, surfaces in rows:
        check(expect_key(method, path, surfaces) in EXPECT, "route %s %s has no expectation" % (method, path))
        if cap == "public":
            continue
        base = "/admin" if "admin" in surfaces else ""
        url = base + path.replace("{id}", str(IN_SCOPE))
        for user, caps in ROLE_CAPS.items():
            s = sessions[user]
            r = s.post(url, {}) if method == "POST" else s.get(url)
            if cap in caps:
                ok = r.status not in (403, 500, 503) and "/login" not in "".join(r.header("Location"))
                check(ok, "%s %s as %s: allowed, got %d" % (method, url, user, r.status))
            else:
                check(r.status == 403, "%s %s as %s: want 403, got %d" % (method, url, user, r.status))


@test
def scope_keeps_heads_officers_and_mentors_inside():
    for user in ("head1", "officer1", "mentor1"):
        s = login(user, base="/admin")
        for xml in (True, False):
            r = s.get("/admin/people/%d" % OUT_OF_SCOPE, xml=xml)
            check(r.status == 404, "%s cannot read sales (xml=%s): %d" % (user, xml, r.status))
        check("孙娜2" not in r.body, "no data in the refusal")
        r = s.get("/admin/people/%d" % IN_SCOPE)
        check(r.status == 200, "%s reads their own: %d" % (user, r.status))
        people = s.get("/admin/people").xml().find("people")
        depts = {p.get("dept") for p in people.iter("person")}
        check(depts and depts <= {"研发中心", "软件开发部", "测试部"}, "%s lists only their scope: %s" % (user, depts))
        r = s.get("/admin/people?dept=3")
        check(int(r.xml().find("people").get("total")) == 0, "a filter cannot widen the scope")
    s = login("head1", base="/admin")
    for action in ("/status", "/password", "/reset-link", ""):
        r = s.post("/admin/people/%d%s" % (OUT_OF_SCOPE, action),
                   {"action": "suspend", "name": "x", "dept": "2"})
        check(r.status == 404, "head1 cannot change sales via %r: %d" % (action, r.status))
    r = s.post("/admin/people/%d" % IN_SCOPE, {"name": "学员十二", "dept": "7"})
    check(r.status == 400 and ("dept", "unknown") in errors(r), "nor move someone out of scope")
    r = s.post("/admin/people/3/password", {})
    check(r.status == 404, "a head cannot reset the officer's password: %d" % r.status)
    check(len(login("mentor1", base="/admin").get("/admin/people").xml().findall("people/person")) == 3,
          "a mentor sees their three apprentices")


@test
def hostile_names_are_escaped_everywhere():
    a = login("admin", base="/admin")
    evil = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
    r = a.post("/admin/people/44", {"name": evil[:64], "dept": "8", "post": "4"})
    check(r.status == 303, "saved: %d %s" % (r.status, r.body[:200]))
    s = login("learner39")
    pages = [(s, "/profile"), (s, "/m/profile"), (a, "/admin/people/44"), (a, "/admin/people?q=script")]
    for who, path in pages:
        body = who.get(path, xml=False).body
        check("<script>alert" not in body and "<img src=x" not in body, "escaped on " + path)
        check("&lt;script&gt;" in body, "shown as text on " + path)
    r = a.post("/admin/people/44", {"name": "\u00e9" * 65, "dept": "8"})
    check(r.status == 400 and ("name", "too_long") in errors(r), "65 characters refused: %s" % errors(r))
    r = request("POST", "/admin/people/44", body=b"csrf=" + a.csrf.encode() + b"&name=%ff%fe&dept=8",
                headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": a.cookie()})
    check(r.status == 400, "invalid UTF-8 refused: %d" % r.status)


@test
def created_account_must_change_its_password():
    a = login("admin", base="/admin")
    r = a.post("/admin/people", {"login": "newhire1", "name": "新同事", "dept": "5", "post": "1",
                                 "phone": "13800138000", "email": "new@example.com", "group": "1"})
    check(r.status == 200, "created: %d %s" % (r.status, r.body[:300]))
    issued = r.xml().find("issued")
    pw = issued.text
    check(issued.get("kind") == "password" and re.fullmatch(r"[A-Za-z0-9]{12}", pw), "one-time password shown")
    r = a.post("/admin/people", {"login": "newhire1", "name": "重复", "dept": "5"})
    check(r.status == 409 and ("login", "taken") in errors(r), "duplicate login refused: %s" % errors(r))
    r = a.post("/admin/people", {"login": "Bad Login", "name": "x", "dept": "5", "phone": "12345",
                                 "email": "no-at"})
    e = errors(r)
    check(r.status == 400 and {("login", "bad_charset"), ("phone", "bad_format"), ("email", "bad_format")} <= e,
          "each bad field named: %s" % e)
    s = login("newhire1", pw)
    r = s.get("/profile")
    check(r.status == 303 and r.header("Location") == ["/password"], "sent to change it first")
    r = s.post("/password", {"current_password": pw, "new_password": "short", "confirm_password": "short"})
    check(r.status == 400 and ("new_password", "too_short") in errors(r), "short refused")
    r = s.post("/password", {"current_password": pw, "new_password": "longenough", "confirm_password": "longenough"})
    check(r.status == 400 and ("new_password", "weak_password") in errors(r), "letters and digits")
    r = s.post("/password", {"current_password": pw, "new_password": "Newhire2026", "confirm_password": "Newhire2027"})
    check(r.status == 400 and ("confirm_password", "mismatch") in errors(r), "confirmation must match")
    r = s.post("/password", {"current_password": pw, "new_password": "Newhire2026", "confirm_password": "Newhire2026"})
    check(r.status == 303, "changed: %d" % r.status)
    check(s.get("/profile").status == 200, "profile opens after the change")
    check(Session().post("/login", {"username": "newhire1", "password": pw}).status == 403, "old one dead")


def id_no(seed):
    """A resident ID number with a correct check character (GB 11643)."""
    body = "11010519900101%03d" % (seed % 1000)
    total = sum(int(d) * (2 ** (17 - i) % 11) for i, d in enumerate(body))
    return body + "10X98765432"[total % 11]


def registrant(login, idn, **more):
    f = {"name": "注册者", "id_no": idn, "phone": "13900001111", "dept": "5", "post": "1",
         "login": login, "new_password": "Register2026", "confirm_password": "Register2026"}
    f.update(more)
    return f


@test
def self_registration_waits_for_an_admin():
    seed = int.from_bytes(os.urandom(2), "big")
    anon = Session()
    r = anon.get("/register")
    x = r.xml()
    check(r.status == 200 and x.find("depts/dept") is not None and x.find("groups/group") is None,
          "form offers departments, no groups: %d" % r.status)
    check(anon.get("/m/register").status == 200, "on mobile too")
    wrong = id_no(seed)[:17] + ("1" if id_no(seed)[17] != "1" else "2")
    r = anon.post("/register", registrant("reg%d" % seed, wrong))
    check(r.status == 400 and ("id_no", "bad_format") in errors(r), "bad check digit: %s" % errors(r))
    check(r.xml().find("posted/field[@name='login']") is not None, "what was typed comes back")
    r = anon.post("/register", registrant("reg%d" % seed, id_no(seed), phone=""))
    check(r.status == 400 and ("phone", "required") in errors(r), "phone required: %s" % errors(r))
    r = anon.post("/m/register", registrant("reg%d" % seed, id_no(seed)))
    check(r.status == 303 and r.header("Location") == ["/m/register?done=sent"], "sent: %d %s" % (r.status, r.body[:300]))
    check(sql("SELECT status, must_change FROM account WHERE login = 'reg%d'" % seed)[1] == "pending\t0",
          "waits as pending")
    r = Session().post("/login", {"username": "reg%d" % seed, "password": "Register2026"})
    check(r.status == 403 and ("password", "not_approved") in errors(r), "cannot sign in yet")
    r = anon.post("/register", registrant("reg%db" % seed, id_no(seed)))
    check(r.status == 409 and ("id_no", "taken") in errors(r), "one registration per person")
    r = anon.post("/register", registrant("admin", id_no(seed + 1)))
    check(r.status == 409 and ("login", "taken") in errors(r), "login taken")

    a = login("admin", base="/admin")
    r = a.get("/admin/registrations")
    reg = [e for e in r.xml().iter("registration") if e.get("login") == "reg%d" % seed]
    check(len(reg) == 1 and reg[0].get("id-no").count("*") == 8 and id_no(seed) not in r.body,
          "queued, identity masked")
    rid = reg[0].get("id")
    check(login("head1", base="/admin").post("/admin/registrations/" + rid,
                                             {"decision": "approve"}).status == 403, "only an admin decides")
    r = a.post("/admin/registrations/" + rid, {"decision": "reject"})
    check(r.status == 400 and ("reason", "required") in errors(r), "a rejection says why")
    r = a.post("/admin/registrations/" + rid, {"decision": "approve"})
    check(r.status == 303, "approved: %d" % r.status)
    r = a.post("/admin/registrations/" + rid, {"decision": "reject", "reason": "late"})
    check(r.status == 409 and ("decision", "decided") in errors(r), "decided once: %s" % errors(r))
    login("reg%d" % seed, "Register2026")

    r = anon.post("/register", registrant("rej%d" % seed, id_no(seed + 2)))
    rid = sql("SELECT id FROM account WHERE login = 'rej%d'" % seed)[1]
    r = a.post("/admin/registrations/" + rid, {"decision": "reject", "reason": "不是本单位员工"})
    check(r.status == 303, "rejected")
    r = Session().post("/login", {"username": "rej%d" % seed, "password": "Register2026"})
    check(r.status == 403 and ("password", "rejected") in errors(r), "the rejected one is told")
    check(sql("SELECT COUNT(*) FROM audit WHERE action IN ('account.register', 'account.approve', "
              "'account.reject') AND object_id IN (SELECT id FROM account WHERE login IN "
              "('reg%d', 'rej%d'))" % (seed, seed))[1] == "4", "each step audited")


@test
def reset_link_works_once_and_expires():
    a = login("admin", base="/admin")
    r = a.post("/admin/people/40/reset-link", {})
    tok = r.xml().find("issued").text
    check(re.fullmatch(r"[0-9a-f]{64}", tok), "a token shown once")
    check(get("/reset?token=" + tok, xml=True).status == 200, "the link opens")
    s = Session()
    r = s.post("/reset", {"token": tok, "new_password": "Reset2026x", "confirm_password": "Reset2026x"})
    check(r.status == 303, "reset: %d" % r.status)
    check(get("/reset?token=" + tok, xml=True).status == 410, "used once only")
    login("learner35", "Reset2026x")
    tok = a.post("/admin/people/40/reset-link", {}).xml().find("issued").text
    sql("UPDATE reset_token SET expires_at = UTC_TIMESTAMP() - INTERVAL 1 SECOND WHERE used_at IS NULL")
    r = get("/m/reset?token=" + tok, xml=True)
    check(r.status == 410 and r.xml().find("reset").get("expired") == "1", "expired link refused")
    r = Session().post("/reset", {"token": tok, "new_password": "Reset2027x", "confirm_password": "Reset2027x"})
    check(r.status == 410, "expired link cannot set a password: %d" % r.status)


@test
def suspended_account_is_signed_out_and_refused():
    s = login("learner38")
    a = login("admin", base="/admin")
    check(a.post("/admin/people/43/status", {"action": "suspend"}).status == 303, "suspended")
    check(s.get("/profile").status == 303, "their session ended")
    r = Session().post("/login", {"username": "learner38", "password": PW})
    check(r.status == 403 and ("password", "suspended") in errors(r), "told plainly: %s" % errors(r))
    a.post("/admin/people/43/status", {"action": "reactivate"})
    login("learner38")


@test
def profile_binds_email_and_phone():
    s = login("learner37")
    r = s.post("/m/profile", {"email": "bad", "phone": "123"})
    check(r.status == 400 and {("email", "bad_format"), ("phone", "bad_format")} <= errors(r), "validated")
    r = s.post("/m/profile", {"email": "l37@example.com", "phone": "13912345678"})
    check(r.status == 303, "saved")
    p = s.get("/profile").xml().find("profile")
    check(p.get("email") == "l37@example.com" and p.get("phone") == "13912345678", "bound")


@test
def people_list_filters_and_pages():
    a = login("admin", base="/admin")
    people = a.get("/admin/people?dept=2").xml().find("people")
    check(len(list(people.iter("person"))) >= 20, "研发中心 with its sub-departments")
    r = a.get("/admin/people?q=" + quote("管理员"))
    check(r.status == 200 and [p.get("login") for p in r.xml().iter("person")] == ["admin"],
          "a Chinese name is found: %d" % r.status)
    people = a.get("/admin/people?role=mentor").xml().find("people")
    check([p.get("login") for p in people.iter("person")] == ["mentor1"], "by role")
    people = a.get("/admin/people?q=" + quote("%")).xml().find("people")
    check(people.get("total") == "0", "% is a literal, not a wildcard")
    people = a.get("/admin/people?q=learner1&group=1").xml().find("people")
    check(all(p.get("login").startswith("learner1") for p in people.iter("person")), "search and group")
    check(a.get("/admin/people?page=0").status == 400, "page 0 refused")


@test
def audit_chain_records_and_resists_change():
    a = login("admin", base="/admin")
    entries = a.get("/admin/audit?object=account&object_id=43").xml().findall("audit/entry")
    acts = [e.get("action") for e in entries]
    check("account.suspend" in acts and "account.reactivate" in acts, "changes recorded: %s" % acts)
    e = entries[0]
    check(e.get("login") == "admin" and e.get("addr") == "127.0.0.1", "who and from where")
    check(e.find("before").text and e.find("after").text, "before and after")
    check(login("head1", base="/admin").get("/admin/audit").status == 403, "admin only")
    ctl = [os.path.join(ROOT, "cgi-bin/lmsctl"), "-c", os.path.join(VAR, "lms.conf"), "audit-verify"]
    r = subprocess.run(ctl, capture_output=True, text=True)
    check(r.returncode == 0 and "chain intact" in r.stdout, r.stdout + r.stderr)
    rc, _, err = sql("UPDATE audit SET after_val = 'x' WHERE id = 1")
    check(rc != 0 and "append-only" in err, "the table refuses changes")
    rc, _, err = sql("DELETE FROM audit WHERE id = 1")
    check(rc != 0, "and deletions")


def dept_ids(a):
    return {d.text: d for d in a.get("/admin/org").xml().iter("dept")}


@test
def department_tree_create_move_merge_disable():
    a = login("admin", base="/admin")
    r = a.post("/admin/org", {"name": "数据部", "parent": "2"})
    check(r.status == 303, "created: %d %s" % (r.status, r.body[:200]))
    check(a.post("/admin/org", {"name": "数据部", "parent": "2"}).status == 409, "sibling names are unique")
    d = dept_ids(a)
    data, sales = d["数据部"].get("id"), d["市场营销部"].get("id")
    check(d["数据部"].get("path") == "/1/2/%s/" % data, "path below 研发中心")
    r = a.post("/admin/org/2", {"action": "move", "target": data})
    check(r.status == 400 and ("target", "cycle") in errors(r), "no loops: %s" % errors(r))
    check(a.post("/admin/org/%s" % data, {"action": "move", "target": sales}).status == 303, "moved")
    check(dept_ids(a)["数据部"].get("path") == "/1/3/%s/" % data, "path follows the move")
    r = a.post("/admin/people", {"login": "datamover", "name": "数据员工", "dept": data})
    check(r.status == 200, "someone placed in it")
    uid = r.xml().find("issued/person").get("id")
    r = a.post("/admin/org/%s" % data, {"action": "disable"})
    check(r.status == 409 and ("action", "not_empty") in errors(r), "not while people are in it")
    check(a.post("/admin/org/%s" % data, {"action": "merge", "target": "7"}).status == 303, "merged")
    p = a.get("/admin/people/" + uid).xml()
    check(p.find("person").get("dept-id") == "7", "people moved with the merge")
    check(any(m.get("kind") == "dept" for m in p.iter("move")), "their history kept")
    check(dept_ids(a)["数据部"].get("active") == "0", "merged department closed")
    r = a.post("/admin/org/%s" % data, {"action": "rename", "name": "<b>旧数据部</b>"})
    check(r.status == 303 and "&lt;b&gt;" in a.get("/admin/org", xml=False).body, "renamed, escaped")


@test
def posts_and_groups_within_scope():
    a = login("admin", base="/admin")
    check(a.post("/admin/posts", {"name": "数据分析师"}).status == 303, "post created")
    check(a.post("/admin/posts", {"name": "数据分析师"}).status == 409, "duplicate post refused")
    post = [p for p in a.get("/admin/posts").xml().iter("post") if p.text == "数据分析师"][0]
    check(a.post("/admin/posts/" + post.get("id"), {"action": "disable"}).status == 303, "post disabled")
    o = login("officer1", base="/admin")
    check(o.post("/admin/groups", {"name": "测试兴趣组", "kind": "group", "dept": "6"}).status == 303,
          "an officer makes a group in their department")
    r = o.post("/admin/groups", {"name": "销售兴趣组", "kind": "group", "dept": "3"})
    check(r.status == 400 and ("dept", "unknown") in errors(r), "but not in another: %d" % r.status)
    names = [g.text for g in o.get("/admin/groups").xml().iter("group")]
    check("销售精英组" not in names and "研发骨干组" in names, "sees only groups in scope: %s" % names)
    check(o.post("/admin/groups/3", {"action": "rename", "name": "x"}).status == 404, "cannot touch sales' group")


def multipart(s, path, fields, files, xml=True):
    """POSTs fields (name: text) and files (name: (file name, bytes, type)) as
    multipart/form-data, with s's CSRF token, for every upload form."""
    b = "----lmsboundary7"
    parts = [("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n"
              % (b, k, v)).encode() for k, v in dict(fields, csrf=s.csrf).items()]
    for k, (fname, data, ctype) in files.items():
        parts.append(("--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\n"
                      "Content-Type: %s\r\n\r\n" % (b, k, fname, ctype)).encode() + data + b"\r\n")
    body = b"".join(parts) + ("--%s--\r\n" % b).encode()
    h = {"Content-Type": "multipart/form-data; boundary=" + b, "Cookie": s.cookie()}
    if xml:
        h["Accept"] = "application/xml"
    return request("POST", path, body=body, headers=h)


def upload(s, data, name="people.csv"):
    return multipart(s, "/admin/import", {}, {"file": (name, data, "text/csv")})


HEADER = "姓名,工号,账号,部门,岗位,手机,邮箱,角色\r\n"


@test
def import_thousand_rows_in_one_go():
    a = login("admin", base="/admin")
    rows = "".join("导入员工%d,IMP%04d,imp%04d,研发中心/测试部,测试工程师,139%08d,imp%d@example.com,%s\r\n"
                   % (i, i, i, i, i, "讲师" if i == 7 else "") for i in range(1000))
    r = upload(a, (HEADER + rows).encode("utf-8"))
    imp = r.xml().find("import")
    check(r.status == 200 and imp.get("rows") == "1000", "dry run passes: %d %s" % (r.status, r.body[:400]))
    check(sql("SELECT COUNT(*) FROM account WHERE login LIKE 'imp%'")[1] == "0", "nothing written by the dry run")
    r = a.post("/admin/import/" + imp.get("batch"), {}, xml=False)
    check(r.status == 200 and r.header("Content-Type")[0].startswith("text/csv"), "passwords as CSV: %d" % r.status)
    check("attachment" in r.header("Content-Disposition")[0], "offered as a download")
    lines = r.body.lstrip("\ufeff").strip().split("\r\n")
    check(len(lines) == 1001 and lines[1].startswith("imp0000,导入员工0,IMP0000,"), "every row with its password")
    check(sql("SELECT COUNT(*) FROM account WHERE login LIKE 'imp%' AND must_change = 1")[1] == "1000", "all in")
    login("imp0007", lines[8].split(",")[3])
    r = a.post("/admin/import/" + imp.get("batch"), {}, xml=False)
    check(r.status == 404, "the passwords are offered once: %d" % r.status)

    # A thousand more people: the list pages through them.
    first = a.get("/admin/people?status=active").xml().find("people")
    rows = [p.get("id") for p in first.iter("person")]
    check(len(rows) == 50 and first.get("more") == "1" and first.get("total") is None
          and (first.get("from"), first.get("to")) == ("1", "50"), "a full page says more follow")
    second = a.get("/admin/people?status=active&page=2").xml().find("people")
    check(second.get("from") == "51" and not set(rows) & {p.get("id") for p in second.iter("person")},
          "the next page goes on")
    people = a.get("/admin/people?q=" + quote("a&b 张#") + "&role=learner").xml().find("people")
    check(people.get("query") == "q=a%26b%20%E5%BC%A0%23&role=learner", "pager links keep the filters, "
          "encoded: %s" % people.get("query"))
    page = a.get("/admin/people?status=active", xml=False).body
    check('href="?status=active&amp;page=2"' in page, "the next link in the page")


@test
def import_with_one_bad_row_imports_nothing_and_names_it():
    a = login("admin", base="/admin")
    rows = ["好人%d,BAD%d,good%d,研发中心/测试部,,,," % (i, i, i) for i in range(5)]
    rows[2] = "坏人,BAD2,good2,不存在的部门,不存在的岗位,12345,no-at,校长"
    rows.append("重复,BAD9,good1,研发中心,,,,")
    rows.append("已有,BAD10,admin,研发中心,,,,")
    r = upload(a, "\n".join(rows).encode("utf-8"))
    check(r.status == 400, "refused: %d" % r.status)
    probs = {(p.get("line"), p.get("column"), p.get("code")) for p in r.xml().iter("problem")}
    for want in [("3", "dept", "unknown"), ("3", "post", "unknown"), ("3", "phone", "bad_format"),
                 ("3", "email", "bad_format"), ("3", "role", "not_allowed"), ("6", "login", "duplicate"),
                 ("7", "login", "taken")]:
        check(want in probs, "names %s: %s" % (str(want), sorted(probs)))
    check(sql("SELECT COUNT(*) FROM account WHERE login LIKE 'good%'")[1] == "0", "nothing imported")
    r = upload(a, b"a,\"open\n")
    check(r.status == 400 and any(p.get("code") == "bad_csv" for p in r.xml().iter("problem")), "bad CSV named")


@test
def import_gbk_file_keeps_chinese_names():
    a = login("admin", base="/admin")
    text = HEADER + "张伟,GBK001,gbk001,市场营销部/华东销售部,销售代表,13700001111,,学员\r\n"
    r = upload(a, text.encode("gbk"))
    check(r.status == 200, "GBK accepted: %d %s" % (r.status, r.body[:300]))
    r = a.post("/admin/import/" + r.xml().find("import").get("batch"), {}, xml=False)
    check(r.status == 200, "imported")
    check(sql("SELECT name FROM account WHERE login = 'gbk001'")[1] == "张伟", "the name reads right")
