"""test_resources.py - the resource library (资源库): uploads checked by content, downloads only of what
may be seen (the bytes through nginx), lifecycle moves by the right roles, versions kept, search, over HTTP."""
import os
import time
from urllib.parse import quote

from test_http import ROOT, check, get, test
from test_accounts import errors, login, multipart, sql
from test_lessons import conf_value

FILES = os.path.join(ROOT, "sql", "demo", "files")
PDF = open(os.path.join(FILES, "course-intro.pdf"), "rb").read()
PNG = open(os.path.join(FILES, "course-cover.png"), "rb").read()
SAFETY = "4"        # 安全合规
SKILLS = "2"        # 专业技能, with 办公软件 and 销售技巧 under it


def stamp():
    return str(time.time_ns())[-9:]


def upload(s, title, data=PDF, name="资料.pdf", category=SAFETY, **more):
    fields = dict(title=title, summary="测试用的资源简介。", **more)
    if category is not None:
        fields["category"] = category
    return multipart(s, "/admin/resources", fields, {"file": (name, data, "application/octet-stream")})


def created(r):
    check(r.status == 303, "uploaded: %d %s" % (r.status, r.body[:300]))
    loc = r.header("Location")[0]
    check(loc.startswith("/admin/resources/") and loc.endswith("?done=created"), "to the editor: %s" % loc)
    return loc.split("/")[-1].split("?")[0]


def resource_id(title):
    return sql("SELECT id FROM resource WHERE title = '%s'" % title)[1]


def row(rid, cols):
    return sql("SELECT %s FROM resource WHERE id = %s" % (cols, rid))[1].split("\t")


def count(table):
    return int(sql("SELECT COUNT(*) FROM %s" % table)[1])


def titles_of(doc):
    return [e.findtext("title") for e in doc.iter("resource")]


def titles(r):
    return titles_of(r.xml())


@test
def resource_uploads_are_checked_and_names_are_only_labels():
    t = login("teacher1", base="/admin")
    title = "上传测试资源" + stamp()
    rid = created(upload(t, title))
    check(row(rid, "status, uploader_id, version") == ["draft", "5", "1"], "a draft by its uploader, version 1")
    before = count("resource")
    r = upload(t, "无分类", category=None)
    check(r.status == 400 and ("category", "required") in errors(r), "a category is chosen: %s" % errors(r))
    r = upload(t, "未知分类", category="999999")
    check(r.status == 400 and ("category", "unknown") in errors(r), "an existing one: %s" % errors(r))
    check(r.xml().find("resource-edit") is not None, "the upload form again")
    r = upload(t, "图片冒充文档", data=PNG, name="手册.pdf")
    check(r.status == 415 and ("file", "bad_type") in errors(r), "content and extension disagree: %d %s"
          % (r.status, errors(r)))
    check(any(e.text for e in r.xml().iter("error")), "with a message")
    r = upload(t, "脚本冒充文档", data=b"#!/bin/sh\x00\x01rm -rf /\n", name="run.pdf")
    check(r.status == 415, "nothing that is not a known kind: %d" % r.status)
    r = multipart(t, "/admin/resources", {"title": "没有文件", "category": SAFETY}, {})
    check(r.status == 400 and ("file", "required") in errors(r), "a file is needed: %s" % errors(r))
    check(count("resource") == before, "nothing written by a refusal")
    rid = created(upload(t, "路径测试" + stamp(), name="../../../../tmp/res-escape.pdf"))
    name, sha = sql("SELECT f.name, f.sha256 FROM resource r JOIN file f ON f.id = r.file_id "
                    "WHERE r.id = %s" % rid)[1].split("\t")
    check(name == "res-escape.pdf", "only the base name is kept, as a label: %s" % name)
    check(not os.path.exists("/tmp/res-escape.pdf"), "nothing written where the name points")
    store = conf_value("files_dir")
    check(os.path.isfile(os.path.join(store, sha[:2], sha[2:4], sha)), "stored under its hash")
    check(sql("SELECT COUNT(*) FROM audit WHERE action = 'resource.create' AND object_id = %s" % rid)[1] == "1",
          "the upload is audited")


@test
def resource_downloads_only_what_may_be_seen():
    t = login("teacher1", base="/admin")
    learner = login("learner1")
    draft = created(upload(t, "草稿资源" + stamp()))
    for path in ("/resources/%s/file" % draft, "/resources/" + draft, "/m/resources/%s/file" % draft):
        check(learner.get(path, xml=False).status == 404, "a draft is not there for learners: %s" % path)
        check(learner.get(path).status == 404, "nor in XML: %s" % path)
    check(learner.get("/admin/resources/%s/file" % draft, xml=False).status == 404, "nor in the back office")
    own = t.get("/admin/resources/%s/file" % draft, xml=False)
    check(own.status == 200 and own.raw == PDF, "its uploader previews it: %d" % own.status)
    check(row(draft, "downloads") == ["0"], "a preview is not a download")
    deleted = resource_id("旧版考勤制度说明（已删除）")
    check(learner.get("/resources/%s/file" % deleted, xml=False).status == 404, "a deleted one neither")
    check(learner.get("/resources/" + deleted).status == 404, "nor its page")
    pub = resource_id("Excel 常用函数速查表")
    before = int(row(pub, "downloads")[0])
    page = learner.get("/resources/" + pub).xml().find("resource")
    check(page.findtext("title") == "Excel 常用函数速查表" and page.get("file-kind") == "pdf"
          and page.get("size") == str(len(PDF)) and page.get("version") == "1"
          and page.get("uploader") == "陈讲师" and page.get("published"), "the resource page says what it is")
    got = learner.get("/resources/%s/file" % pub, xml=False)
    check(got.status == 200 and got.raw == PDF, "the bytes through nginx: %d (%d bytes)" % (got.status, len(got.raw)))
    disp = got.header("Content-Disposition")
    check(disp and disp[0].startswith("attachment;"), "as a download: %s" % disp)
    check(got.header("Content-Type")[0] == "application/pdf", "typed by its content")
    check(int(row(pub, "downloads")[0]) == before + 1, "counted in the same request")
    check(login("learner2").get("/m/resources/%s/file" % pub, xml=False).status == 200, "on the phone too")
    check(get("/resources/%s/file" % pub).status == 303, "not signed in: to the login page")


@test
def resource_of_another_lecturer_is_out_of_reach():
    sql("INSERT IGNORE INTO account_role (account_id, role) SELECT id, 'lecturer' FROM account "
        "WHERE login = 'learner30'")
    other = login("learner30", base="/admin")
    t = login("teacher1", base="/admin")
    rid = created(upload(t, "讲师自己的资源" + stamp()))
    fields = {"title": "改别人的", "summary": "", "category": SAFETY}
    check(other.get("/admin/resources/" + rid).status == 404, "another lecturer does not open it")
    check(other.post("/admin/resources/" + rid, fields).status == 404, "nor edits it")
    check(multipart(other, "/admin/resources/%s/file" % rid, {}, {"file": ("x.pdf", PDF, "application/pdf")})
          .status == 404, "nor replaces its file")
    check(other.post("/admin/resources/%s/state" % rid, {"action": "submit"}).status == 404, "nor submits it")
    check(other.post("/admin/resources/%s/delete" % rid, {}).status == 404, "nor deletes it")
    check(other.get("/admin/resources/%s/file" % rid, xml=False).status == 404, "nor downloads the draft")
    check(other.get("/admin/resources/%s/versions/1/file" % resource_id("安全生产手册（2025 版）"), xml=False)
          .status == 404, "nor an earlier version of another's")
    check(rid not in [e.get("id") for e in other.get("/admin/resources").xml().iter("resource")], "nor lists it")
    check(row(rid, "title LIKE '讲师自己的资源%', status, version, deleted_at IS NULL") == ["1", "draft", "1", "1"],
          "untouched")
    admins = resource_id("消防疏散示意图")
    check(t.get("/admin/resources/" + admins).status == 404, "a lecturer reaches only their own")
    check(login("head1", base="/admin").get("/admin/resources").status == 403, "a head builds no library")
    check(login("learner9", base="/admin").get("/admin/resources/" + rid).status == 403, "nor a learner")
    sql("DELETE FROM account_role WHERE role = 'lecturer' AND account_id = "
        "(SELECT id FROM account WHERE login = 'learner30')")


@test
def resource_lifecycle_moves_only_by_the_right_roles():
    t = login("teacher1", base="/admin")
    a = login("admin", base="/admin")
    learner = login("learner3")
    title = "生命周期资源" + stamp()
    rid = created(upload(t, title))
    st = lambda: row(rid, "status")[0]
    move = lambda s, action, **f: s.post("/admin/resources/%s/state" % rid, dict(action=action, **f))
    r = move(a, "approve")
    check(r.status == 409 and ("action", "resource_state") in errors(r), "a draft never reviewed is not published")
    check(r.xml().find("resource-edit/resource").get("id") == rid, "the editor again with the message")
    check(move(t, "submit").status == 303 and st() == "review", "submitted by its lecturer")
    r = move(t, "approve")
    check(r.status == 403 and ("action", "reviewer_only") in errors(r), "a lecturer does not approve")
    r = move(a, "return")
    check(r.status == 400 and ("reason", "required") in errors(r), "returning says why")
    check(move(a, "return", reason="请补充摘要").status == 303 and st() == "returned", "returned")
    page = t.get("/admin/resources/" + rid).xml().find("resource-edit/resource")
    check(page.get("reason") == "请补充摘要", "the lecturer reads why")
    check(learner.get("/resources/" + rid).status == 404, "a returned one is not shown")
    check(move(t, "submit").status == 303 and st() == "review", "submitted again")
    check(move(a, "approve").status == 303 and st() == "published", "approved")
    check(row(rid, "reason IS NULL, reviewed_by, published_at IS NOT NULL") == ["1", "1", "1"], "reviewed, dated")
    check(learner.get("/resources/" + rid).status == 200, "learners see it")
    check(title in titles(learner.get("/resources")), "and find it listed")
    r = move(t, "submit")
    check(r.status == 409 and ("action", "resource_state") in errors(r), "a published one is not submitted")
    check(login("learner3", base="/admin").post("/admin/resources/%s/state" % rid, {"action": "withdraw"})
          .status == 403, "learners make no moves")
    check(t.post("/admin/resources/%s/delete" % rid, {}).status == 303, "its lecturer deletes it")
    check(learner.get("/resources/" + rid).status == 404, "gone for learners")
    check(learner.get("/resources/%s/file" % rid, xml=False).status == 404, "and its file")
    r = t.post("/admin/resources/%s/delete" % rid, {})
    check(r.status == 409 and ("action", "resource_deleted") in errors(r), "not deleted twice")
    r = move(t, "withdraw")
    check(r.status == 409, "no moves while deleted: %d" % r.status)
    check(rid in [e.get("id") for e in a.get("/admin/resources?status=deleted").xml().iter("resource")],
          "the admin finds it among the deleted")
    check(t.post("/admin/resources/%s/restore" % rid, {}).status == 403, "a lecturer does not restore")
    check(login("learner3", base="/admin").post("/admin/resources/%s/restore" % rid, {}).status == 403,
          "nor a learner")
    check(a.post("/admin/resources/%s/restore" % rid, {}).status == 303 and st() == "published",
          "the admin restores it as it was")
    r = a.post("/admin/resources/%s/restore" % rid, {})
    check(r.status == 409 and ("action", "resource_live") in errors(r), "nothing to restore")
    check(move(a, "unpublish").status == 400, "taking down says why")
    check(move(a, "unpublish", reason="内容过时").status == 303 and st() == "returned", "taken down")
    actions = sql("SELECT GROUP_CONCAT(action ORDER BY id) FROM audit WHERE object = 'resource' "
                  "AND object_id = %s" % rid)[1]
    check(actions == "resource.create,resource.submit,resource.return,resource.submit,resource.approve,"
          "resource.delete,resource.restore,resource.unpublish", "every write audited: %s" % actions)


@test
def resource_new_versions_keep_their_history():
    t = login("teacher1", base="/admin")
    a = login("admin", base="/admin")
    title = "版本资源" + stamp()
    rid = created(upload(t, title))
    old_file = row(rid, "file_id")[0]
    t.post("/admin/resources/%s/state" % rid, {"action": "submit"})
    a.post("/admin/resources/%s/state" % rid, {"action": "approve"})
    r = multipart(t, "/admin/resources/%s/file" % rid, {}, {"file": ("图.pdf", PNG, "image/png")})
    check(r.status == 415 and row(rid, "version")[0] == "1", "a mismatched new file refused, nothing kept")
    r = multipart(t, "/admin/resources/%s/file" % rid, {}, {"file": ("示意图.png", PNG, "image/png")})
    check(r.status == 303, "a new file: %d %s" % (r.status, r.body[:300]))
    check(row(rid, "version, status") == ["2", "review"], "version 2, back to review after a lecturer's change")
    kept = sql("SELECT title, file_id, made_by, replaced_by FROM resource_version WHERE resource_id = %s "
               "AND version = 1" % rid)[1].split("\t")
    check(kept == [title, old_file, "5", "5"], "version 1 kept with its file: %s" % kept)
    old = t.get("/admin/resources/%s/versions/1/file" % rid, xml=False)
    check(old.status == 200 and old.raw == PDF, "the earlier file still downloads: %d" % old.status)
    check(t.get("/admin/resources/%s/file" % rid, xml=False).raw == PNG, "the current one is the new file")
    fields = {"title": title + "（修订）", "summary": "新的简介", "category": SKILLS}
    check(t.post("/admin/resources/" + rid, fields).status == 303, "metadata edited")
    check(row(rid, "version, title, category_id") == ["3", title + "（修订）", SKILLS], "version 3")
    check(t.post("/admin/resources/" + rid, fields).status == 303 and row(rid, "version")[0] == "3",
          "saving the same again is no new version")
    ed = t.get("/admin/resources/" + rid).xml().find("resource-edit")
    vs = [(v.get("version"), v.text, v.get("file-name")) for v in ed.findall("versions/version")]
    check(vs == [("2", title, "示意图.png"), ("1", title, "资料.pdf")], "the history on the editor: %s" % vs)
    r = t.post("/admin/resources/" + rid, dict(fields, title=""))
    check(r.status == 400 and ("title", "required") in errors(r), "a title is required")
    a.post("/admin/resources/%s/state" % rid, {"action": "approve"})
    check(a.post("/admin/resources/" + rid, dict(fields, summary="管理员修订")).status == 303, "the admin edits")
    check(row(rid, "version, status") == ["4", "published"], "the reviewer's own change stays published")
    check(count("resource_version WHERE resource_id = %s" % rid) == 3, "three earlier versions kept")


@test
def resource_search_finds_chinese_by_part_of_a_title():
    s = login("learner4")
    check(titles(s.get("/resources?q=" + quote("速查"))) == ["Excel 常用函数速查表"], "part of a Chinese title")
    check("安全生产手册（2025 版）" in titles(s.get("/resources?q=" + quote("事故报告"))), "and of a summary")
    check(titles(s.get("/resources?q=" + quote("%"))) == [], "% is literal")
    check("销售话术练习题" not in titles(s.get("/resources?q=" + quote("销售"))), "drafts are not found")
    skills = titles(s.get("/resources?cat=" + SKILLS))
    check({"Excel 常用函数速查表", "大客户拜访记录模板"} <= set(skills), "a category includes its subtree: %s" % skills)
    check("消防疏散示意图" not in skills, "and nothing else")
    pop = [int(e.get("downloads")) for e in s.get("/resources?sort=popular").xml().iter("resource")]
    check(pop == sorted(pop, reverse=True) and len(pop) >= 6, "most downloaded first: %s" % pop)
    check(s.get("/m/resources?q=" + quote("入职")).xml().find("resources/resource/title").text == "新员工入职指南",
          "on the phone too")
    t = login("teacher1", base="/admin")
    mine = titles(t.get("/admin/resources?q=" + quote("评审")))
    check(mine == ["代码评审检查清单"], "the lecturer's list searches their own: %s" % mine)
    check("新员工入职指南" not in titles(t.get("/admin/resources")), "and holds only their own")
    a = login("admin", base="/admin")
    review = a.get("/admin/resources?status=review").xml()
    check(all(e.get("status") == "review" and e.get("deleted") is None for e in review.iter("resource")),
          "the review queue")
    check(titles(a.get("/admin/resources?status=deleted&q=" + quote("考勤"))) == ["旧版考勤制度说明（已删除）"],
          "the deleted ones on their own")
    doc = a.get("/admin/resources?sort=title&cat=" + SAFETY).xml()
    check(doc.find("resources").get("sort") == "title" and len(titles_of(doc)) >= 2, "sorted by title")
