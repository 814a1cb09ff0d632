"""test_lessons.py - lesson files and pages: uploads checked by content and size, files released
only to a course's audience (ranges included), and rich text kept to its safe subset."""
import os

from test_http import ROOT, VAR, check, get, request, test
from test_accounts import errors, login, multipart, sql
from test_courses import course_id

FILES = os.path.join(ROOT, "sql", "demo", "files")


def demo(name):
    with open(os.path.join(FILES, name), "rb") as f:
        return f.read()


def chapter_of(course):
    return sql("SELECT MIN(id) FROM chapter WHERE course_id = %s" % course)[1]


def lessons():
    return int(sql("SELECT COUNT(*) FROM lesson")[1])


def add_lesson(s, chapter, kind, fname, data, ctype="application/octet-stream", **fields):
    return multipart(s, "/admin/chapters/%s/lessons" % chapter, dict(title="上传课时", kind=kind, **fields),
                     {"file": (fname, data, ctype)})


def conf_value(key):
    with open(os.path.join(VAR, "lms.conf")) as f:
        for line in f:
            if line.startswith(key + " = "):
                return line.split(" = ", 1)[1].strip()
    raise AssertionError("no %s in the stack's configuration" % key)


@test
def lesson_files_go_only_to_the_course_audience():
    t = login("teacher1", base="/admin")
    pdf = demo("course-intro.pdf")
    sales = course_id("大客户销售策略")
    r = add_lesson(t, chapter_of(sales), "document", "客户拜访手册.pdf", pdf, "application/pdf")
    check(r.status == 303, "a document lesson uploaded: %d %s" % (r.status, r.body[:300]))
    lid = sql("SELECT MAX(l.id) FROM lesson l JOIN chapter h ON h.id = l.chapter_id "
              "WHERE h.course_id = %s" % sales)[1]
    dev, rep = login("learner1"), login("learner2")
    check(dev.get("/lessons/%s/file" % lid, xml=False).status == 404, "outside the audience: no file by its URL")
    check(dev.get("/lessons/" + lid).status == 404, "nor its page")
    got = rep.get("/lessons/%s/file" % lid, xml=False)
    check(got.status == 200 and got.raw == pdf, "the audience gets the bytes: %d" % got.status)
    check(got.header("Content-Type")[0] == "application/pdf", "as what it is: %s" % got.header("Content-Type"))
    check(get("/lessons/%s/file" % lid).status == 303, "not signed in: to the login page")
    page = rep.get("/lessons/" + lid).xml().find("lesson")
    check(page.get("kind") == "document" and page.get("file-name") == "客户拜访手册.pdf", "the lesson page names it")
    draft = sql("SELECT l.id FROM lesson l JOIN chapter h ON h.id = l.chapter_id JOIN course c "
                "ON c.id = h.course_id WHERE c.status = 'draft' LIMIT 1")[1]
    if draft:
        check(rep.get("/lessons/" + draft).status == 404, "a draft's lessons are not shown")


@test
def video_ranges_come_back_as_206_with_the_right_bytes():
    s = login("learner1")
    video = demo("course-intro.mp4")
    lid = sql("SELECT id FROM lesson WHERE title = '课程介绍视频'")[1]
    r = request("GET", "/lessons/%s/file" % lid, headers={"Cookie": s.cookie(), "Range": "bytes=100-1099"})
    check(r.status == 206, "partial content: %d" % r.status)
    check(r.raw == video[100:1100], "the bytes asked for (%d)" % len(r.raw))
    check(r.header("Content-Range") == ["bytes 100-1099/%d" % len(video)], "range header %s" % r.header("Content-Range"))
    whole = s.get("/lessons/%s/file" % lid, xml=False)
    check(whole.status == 200 and whole.raw == video and whole.header("Accept-Ranges") == ["bytes"],
          "the whole video, ranges offered: %s" % whole.header("Accept-Ranges"))
    page = s.get("/lessons/%s" % lid, xml=False).body
    check('<video' in page and '/lessons/%s/file' % lid in page, "the page plays it")


@test
def uploads_are_checked_by_size_content_and_name():
    t = login("teacher1", base="/admin")
    chapter = chapter_of(course_id("职业素养与沟通"))
    before = lessons()
    big = b"%PDF-1.4\n" + b"0" * int(conf_value("upload_max"))
    r = add_lesson(t, chapter, "document", "big.pdf", big, "application/pdf")
    check(r.status == 413 and ("file", "too_large") in errors(r), "over-size: %d %s" % (r.status, errors(r)))
    check(any("大小" in e.text for e in r.xml().iter("error")), "with a message")
    r = add_lesson(t, chapter, "video", "intro.mp4", demo("course-intro.pdf"), "video/mp4")
    check(r.status == 415 and ("file", "bad_type") in errors(r), "a PDF named .mp4 refused: %d" % r.status)
    r = add_lesson(t, chapter, "document", "cover.pdf", demo("course-cover.png"), "application/pdf")
    check(r.status == 415, "a picture named .pdf refused: %d" % r.status)
    r = add_lesson(t, chapter, "video", "x.pdf", demo("course-intro.pdf"), "application/pdf")
    check(r.status == 415, "a document where a video belongs refused: %d" % r.status)
    check(lessons() == before, "nothing written by a refusal")
    r = add_lesson(t, chapter, "document", "../../../../tmp/escape.pdf", demo("course-intro.pdf"))
    check(r.status == 303, "a ../ name is only a name: %d" % r.status)
    name = sql("SELECT name FROM file ORDER BY id DESC LIMIT 1")[1]
    check(name == "escape.pdf", "kept as its base name: %s" % name)
    check(not os.path.exists("/tmp/escape.pdf"), "nothing written where the name points")
    sha = sql("SELECT sha256 FROM file ORDER BY id DESC LIMIT 1")[1]
    store = conf_value("files_dir")
    check(os.path.isfile(os.path.join(store, sha[:2], sha[2:4], sha)), "stored under its hash")


@test
def rich_text_is_kept_to_the_safe_subset():
    t = login("teacher1", base="/admin")
    chapter = chapter_of(course_id("安全生产基础"))
    hostile = ('<h1>标题</h1><p onclick="x()">正文<script>alert(1)</script><b>重点</b></p>'
               '<a href="javascript:alert(1)">坏</a><a href="https://example.com/">好</a>'
               '<img src=x onerror=alert(1)><iframe src="https://evil.example/"></iframe>')
    r = multipart(t, "/admin/chapters/%s/lessons" % chapter, {"title": "图文课时", "kind": "text", "body": hostile}, {})
    check(r.status == 303, "a text lesson saved: %d %s" % (r.status, r.body[:300]))
    lid, body = sql("SELECT id, body FROM lesson WHERE title = '图文课时' ORDER BY id DESC LIMIT 1")[1].split("\t")
    check(body == '<h2>标题</h2><p>正文<strong>重点</strong></p><a>坏</a><a href="https://example.com/">好</a>',
          "sanitised on save: %s" % body)
    page = login("learner1").get("/lessons/" + lid, xml=False).body
    check("<strong>重点</strong>" in page and 'href="https://example.com/"' in page, "rendered as markup")
    check("alert(1)" not in page and "javascript:" not in page and "<iframe" not in page, "and nothing else")
    r = multipart(t, "/admin/chapters/%s/lessons" % chapter, {"title": "空", "kind": "text",
                                                               "body": "<script>alert(1)</script>"}, {})
    check(r.status == 400 and ("body", "required") in errors(r), "only a script is no text: %d" % r.status)


@test
def a_course_cover_is_uploaded_and_shown_to_its_audience():
    t = login("teacher1", base="/admin")
    cid = course_id("电话销售话术")
    form = t.get("/admin/courses/" + cid).xml().find("course-edit")
    fields = {k: form.get(k) or "" for k in ("name", "summary", "kind", "type", "credits", "hours", "mode")}
    fields["lecturers"] = form.get("lecturers")
    fields["aud_post"] = "4"
    r = multipart(t, "/admin/courses/" + cid, fields, {"cover": ("封面.pdf", demo("course-intro.pdf"), "application/pdf")})
    check(r.status == 415 and ("cover", "bad_type") in errors(r), "a cover must be a picture: %d" % r.status)
    png = demo("course-cover.png")
    r = multipart(t, "/admin/courses/" + cid, fields, {"cover": ("封面.png", png, "image/png")})
    check(r.status == 303, "cover saved: %d %s" % (r.status, r.body[:300]))
    check(login("learner2").get("/courses/%s/cover" % cid, xml=False).raw == png, "shown to its audience")
    check(login("learner1").get("/courses/%s/cover" % cid, xml=False).status == 404, "not to others")
    r = multipart(t, "/admin/courses/" + cid, fields, {"cover": ("", b"", "application/octet-stream")})
    check(r.status == 303 and sql("SELECT cover_id IS NOT NULL FROM course WHERE id = %s" % cid)[1] == "1",
          "saving without a new picture keeps the cover")


@test
def a_lesson_is_edited_in_place():
    t = login("teacher1", base="/admin")
    text = sql("SELECT id FROM lesson WHERE title = '安全生产法要点'")[1]
    page = t.get("/admin/lessons/" + text).xml().find("lesson-edit")
    check(page.get("kind") == "text" and "主体责任" in page.findtext("body"), "the editor holds the text")
    r = multipart(t, "/admin/lessons/%s/content" % text, {"title": "安全生产法要点", "kind": "link",
                                                           "body": "<p>新的正文<script>x()</script></p>", "minutes": "12"}, {})
    check(r.status == 303, "saved: %d %s" % (r.status, r.body[:300]))
    check(sql("SELECT kind, body, minutes FROM lesson WHERE id = " + text)[1] == "text\t<p>新的正文</p>\t12",
          "kind kept, text sanitised: %s" % sql("SELECT kind, body, minutes FROM lesson WHERE id = " + text)[1])
    video = sql("SELECT id FROM lesson WHERE title = '课程介绍视频'")[1]
    before = sql("SELECT file_id FROM lesson WHERE id = " + video)[1]
    r = multipart(t, "/admin/lessons/%s/content" % video, {"title": "课程介绍视频", "kind": "video", "optional": "1"},
                  {"file": ("", b"", "application/octet-stream")})
    check(r.status == 303 and sql("SELECT file_id, required FROM lesson WHERE id = " + video)[1] == before + "\t0",
          "no new file keeps the old one: %d" % r.status)
    r = multipart(t, "/admin/lessons/%s/content" % video, {"title": "课程介绍视频", "kind": "video"},
                  {"file": ("new.mp4", demo("course-cover.png"), "video/mp4")})
    check(r.status == 415 and r.xml().find("lesson-edit").get("id") == video, "a wrong file: the editor again")
    check(login("learner1").get("/admin/lessons/" + video).status in (403, 404), "not for learners")
