"""test_courses.py - the catalogue, a course page, and building courses through their lifecycle, over HTTP."""
from urllib.parse import quote

from test_http import check, test
from test_accounts import Session, errors, login, sql


def course_id(name):
    return sql("SELECT id FROM course WHERE name = '%s'" % name)[1]


def names(r):
    return [c.findtext("name") for c in r.xml().iter("course")]


@test
def catalogue_search_filters_and_audience():
    dev = login("learner1")      # 测试部 under 研发中心, 测试工程师
    sales = login("learner2")    # 华东销售部, 销售代表
    found = names(dev.get("/courses?q=" + quote("安全")))
    check({"安全生产基础", "消防安全知识", "信息安全意识"} <= set(found), "part of a Chinese title: %s" % found)
    check(names(dev.get("/courses?q=" + quote("%"))) == [], "% is literal")
    check("大客户销售策略" not in names(dev.get("/courses?q=" + quote("销售"))), "sales course hidden from R&D")
    check("大客户销售策略" in names(sales.get("/courses?q=" + quote("销售"))), "and shown to sales")
    mine = names(sales.get("/courses?mine=1"))
    check("大客户销售策略" in mine and "安全生产基础" not in mine, "for my post and department: %s" % mine)
    check("软件工程规范" in names(dev.get("/courses?mine=1")), "a department includes its subtree")
    sid = course_id("大客户销售策略")
    check(dev.get("/courses/" + sid).status == 404, "outside the audience: 404 in XML")
    check(dev.get("/courses/" + sid, xml=False).status == 404, "and in HTML")
    check(dev.get("/m/courses/" + course_id("职业素养与沟通")).status == 404, "a draft is not shown")
    check("2024 年度合规培训（已归档）" not in names(dev.get("/courses?q=2024")), "nor an archived one")
    check("演讲与表达（已删除）" not in names(dev.get("/courses?q=" + quote("演讲"))), "nor a deleted one")
    req = names(dev.get("/courses?type=required&kind=general&credits=2"))
    check(req and all(n in ("新员工入职培训", "安全生产基础", "新任经理的第一课") for n in req), "filters: %s" % req)
    pop = [c.get("learners") for c in dev.get("/courses?sort=popular").xml().iter("course")]
    check(pop == sorted(pop, key=int, reverse=True), "most popular first")
    page = dev.get("/courses/1").xml().find("course")
    check(page.findtext("name") == "安全生产基础" and len(page.findall("chapter")) == 3
          and page.get("lecturers") == "陈讲师", "course page with outline and lecturer")


@test
def one_rating_per_learner_and_muted_cannot_speak():
    s = login("learner7")
    cid = course_id("高效时间管理")
    before = sql("SELECT rating_sum, rating_n FROM course WHERE id = %s" % cid)[1].split()
    check(s.post("/courses/%s/rating" % cid, {"stars": "4"}).status == 303, "rated")
    check(s.post("/courses/%s/rating" % cid, {"stars": "2", "comment": "改主意了"}).status == 303, "re-rated")
    after = sql("SELECT rating_sum, rating_n FROM course WHERE id = %s" % cid)[1].split()
    check(int(after[1]) == int(before[1]) + 1 and int(after[0]) == int(before[0]) + 2, "counted once: %s" % after)
    r = s.post("/courses/%s/rating" % cid, {"stars": "6"})
    check(r.status == 400 and ("stars", "out_of_range") in errors(r), "1 to 5 stars: %s" % errors(r))
    c = s.get("/courses/%s" % cid).xml().find("course")
    check(c.get("my-stars") == "2" and c.findtext("my-comment") == "改主意了", "my rating shown")
    check(s.post("/courses/%s/comments" % cid, {"body": "<script>alert(1)</script>"}).status == 303, "commented")
    check("&lt;script&gt;" in s.get("/courses/%s" % cid, xml=False).body, "escaped")
    sql("UPDATE account SET muted = 1 WHERE login = 'learner8'")
    m = login("learner8")
    r = m.post("/courses/%s/comments" % cid, {"body": "hello"})
    check(r.status == 403 and ("body", "muted") in errors(r), "muted: %d %s" % (r.status, errors(r)))
    check(login("learner1").post("/courses/%s/rating" % course_id("大客户销售策略"), {"stars": "5"}).status == 404,
          "no rating outside the audience")


FORM = {"name": "测试课程生命周期", "summary": "用于测试", "kind": "general", "type": "elective",
        "credits": "1.5", "hours": "2", "mode": "online"}


@test
def lifecycle_moves_only_by_the_right_roles():
    t = login("teacher1", base="/admin")
    a = login("admin", base="/admin")
    r = t.post("/admin/courses", dict(FORM, credits="1.55"))
    check(r.status == 400 and ("credits", "bad_format") in errors(r), "credits one decimal")
    r = t.post("/admin/courses", dict(FORM, mode="live"))
    check(r.status == 400 and ("live_url", "required") in errors(r), "a live course needs its room")
    r = t.post("/admin/courses", dict(FORM, lecturers="teacher1 learner1"))
    check(r.status == 400 and ("lecturers", "not_lecturer") in errors(r), "only lecturers")
    r = t.post("/admin/courses", dict(FORM, lecturers="teacher1"))
    check(r.status == 303, "created: %d %s" % (r.status, r.body[:300]))
    cid = r.header("Location")[0].split("/")[-1].split("?")[0]
    st = lambda: sql("SELECT status FROM course WHERE id = %s" % cid)[1]
    check(st() == "draft", "starts as a draft")
    r = a.post("/admin/courses/%s/state" % cid, {"action": "approve"})
    check(r.status == 409 and ("action", "bad_transition") in errors(r), "a draft never reviewed is not published")
    check(t.post("/admin/courses/%s/state" % cid, {"action": "submit"}).status == 303 and st() == "review", "submitted")
    r = t.post("/admin/courses/%s/state" % cid, {"action": "approve"})
    check(r.status == 403 and ("action", "reviewer_only") in errors(r), "a lecturer does not approve")
    r = a.post("/admin/courses/%s/state" % cid, {"action": "return"})
    check(r.status == 400 and ("reason", "required") in errors(r), "returning says why")
    check(a.post("/admin/courses/%s/state" % cid, {"action": "approve"}).status == 303 and st() == "published",
          "approved")
    check(login("learner9").get("/courses/%s" % cid).status == 200, "learners see it")
    check(login("learner9").get("/admin/courses/%s" % cid).status == 403, "but cannot build it")
    check(login("head1", base="/admin").get("/admin/courses/%s" % cid).status == 403, "nor can a head")
    r = t.post("/admin/courses/%s" % cid, dict(FORM, name="测试课程生命周期（修订）"))
    check(r.status == 303, "published course edited")
    check(sql("SELECT version FROM course WHERE id = %s" % cid)[1] == "2", "new version")
    check(sql("SELECT JSON_VALUE(snapshot, '$.name') FROM course_history WHERE course_id = %s" % cid)[1]
          == FORM["name"], "the old version kept")
    r = t.post("/admin/courses/%s/delete" % cid, {})
    check(r.status == 403, "a lecturer deletes only drafts")
    check(a.post("/admin/courses/%s/delete" % cid, {}).status == 303, "admin deletes")
    check(login("learner9").get("/courses/%s" % cid).status == 404, "gone from the catalogue")
    check(cid in [c.get("id") for c in a.get("/admin/recycle").xml().iter("course")], "in the recycle bin")
    check(login("teacher1", base="/admin").post("/admin/recycle/%s" % cid, {}).status == 403, "lecturer cannot restore")
    check(login("learner9", base="/admin").post("/admin/recycle/%s" % cid, {}).status == 403, "learner cannot restore")
    check(a.post("/admin/recycle/%s" % cid, {}).status == 303 and st() == "published", "restored as it was")
    r = a.post("/admin/courses", dict(FORM, name="只属于管理员的课程"))
    own = r.header("Location")[0].split("/")[-1].split("?")[0]
    check(t.get("/admin/courses/%s" % own).status == 404, "a lecturer reaches only their own courses")
    check(t.post("/admin/courses/%s/chapters" % own, {"title": "x"}).status == 404, "nor changes others'")
    check(t.post("/admin/courses/%s/state" % own, {"action": "submit"}).status == 404, "nor moves them")
    check(own not in [c.get("id") for c in t.get("/admin/courses").xml().iter("course")], "nor lists them")
    moves = sql("SELECT GROUP_CONCAT(to_state ORDER BY id) FROM course_review WHERE course_id = %s" % cid)[1]
    check(moves == "review,published", "each move recorded: %s" % moves)
    check(sql("SELECT COUNT(*) FROM audit WHERE object = 'course' AND object_id = %s" % cid)[1] == "6",
          "each change audited")


@test
def outline_is_built_and_reordered():
    t = login("teacher1", base="/admin")
    cid = course_id("职业素养与沟通")
    check(t.post("/admin/courses/%s/chapters" % cid, {"title": "第二章 倾听"}).status == 303, "chapter added")
    ch = t.get("/admin/courses/%s" % cid).xml().findall("course-edit/chapter")
    check([c.get("title") for c in ch] == ["第一章 课程介绍", "第二章 倾听"], "in order")
    second = ch[1].get("id")
    r = t.post("/admin/chapters/%s/lessons" % second, {"title": "倾听的层次", "kind": "text"})
    check(r.status == 400 and ("body", "required") in errors(r), "a text lesson needs its text")
    check(r.xml().find("course-edit").get("id") == cid, "the course's editor again")
    t.post("/admin/chapters/%s/lessons" % second, {"title": "倾听的层次", "kind": "text", "body": "听事实，听情绪。"})
    r = t.post("/admin/chapters/%s/lessons" % second, {"title": "参考链接", "kind": "link", "url": "javascript:alert(1)"})
    check(r.status == 400 and ("url", "bad_format") in errors(r), "only http(s) links")
    t.post("/admin/chapters/%s/lessons" % second, {"title": "参考链接", "kind": "link", "url": "https://example.com/"})
    check(t.post("/admin/chapters/%s" % second, {"action": "up"}).status == 303, "moved up")
    ch = t.get("/admin/courses/%s" % cid).xml().findall("course-edit/chapter")
    check(ch[0].get("title") == "第二章 倾听" and [l.text for l in ch[0].findall("lesson")] == ["倾听的层次", "参考链接"],
          "reordered with its lessons")
    r = t.post("/admin/chapters/%s" % second, {"action": "delete"})
    check(r.status == 409 and ("action", "has_lessons") in errors(r), "a chapter with lessons stays")
    lesson = ch[0].findall("lesson")[1].get("id")
    check(t.post("/admin/lessons/%s" % lesson, {"action": "up"}).status == 303, "lesson moved")
    first = t.get("/admin/courses/%s" % cid).xml().find("course-edit/chapter")
    check([l.text for l in first.findall("lesson")] == ["参考链接", "倾听的层次"], "lessons reordered")
    other = login("admin", base="/admin")
    check(other.post("/admin/lessons/%s" % lesson, {"action": "rename", "title": "链接"}).status == 303, "admin too")


@test
def category_tree_is_edited_and_kept_whole():
    a = login("admin", base="/admin")

    def cat(name):
        return sql("SELECT id, path, IFNULL(parent_id, 0) FROM category WHERE name = '%s'" % name)[1].split("\t")

    check(a.post("/admin/categories", {"name": "数字化转型"}).status == 303, "a top-level category")
    top = cat("数字化转型")
    check(top[1] == "/%s/" % top[0], "its path: %s" % top)
    check(a.post("/admin/categories", {"name": "数据分析", "parent": top[0]}).status == 303, "a child")
    child = cat("数据分析")
    check(child[1] == "/%s/%s/" % (top[0], child[0]), "the child's path: %s" % child)
    r = a.post("/admin/categories", {"name": "数据分析", "parent": top[0]})
    check(r.status == 409 and ("name", "name_taken") in errors(r), "no two siblings with one name")
    r = a.post("/admin/categories/" + top[0], {"action": "move", "parent": child[0]})
    check(r.status == 400 and ("parent", "cycle") in errors(r), "not under its own child: %s" % errors(r))
    skills = cat("专业技能")[0]
    check(a.post("/admin/categories/" + top[0], {"action": "move", "parent": skills}).status == 303, "moved")
    check(cat("数据分析")[1] == "/%s/%s/%s/" % (skills, top[0], child[0]), "the subtree's paths follow: %s" % cat("数据分析"))
    r = a.post("/admin/categories/" + top[0], {"action": "delete"})
    check(r.status == 409 and ("action", "in_use") in errors(r), "not while it has a child")
    r = a.post("/admin/categories/" + cat("安全合规")[0], {"action": "delete"})
    check(r.status == 409, "nor while it holds courses")
    check(a.post("/admin/categories/" + child[0], {"action": "rename", "name": "数据分析基础"}).status == 303, "renamed")
    check(a.post("/admin/categories/" + child[0], {"action": "delete"}).status == 303, "an empty one goes")
    check(a.post("/admin/categories/" + top[0], {"action": "move", "parent": "0"}).status == 303, "back to the top")
    check(cat("数字化转型")[1:] == ["/%s/" % top[0], "0"], "at the top again: %s" % cat("数字化转型"))
    check(login("teacher1", base="/admin").get("/admin/categories").status == 403, "the admin's alone")


@test
def a_group_audience_reaches_its_members_only():
    cid = course_id("谈判技巧工作坊（线下）")
    group = sql("SELECT id FROM grp WHERE name = '研发骨干组'")[1]
    sql("DELETE FROM course_audience WHERE course_id = %s" % cid)
    sql("INSERT INTO course_audience (course_id, kind, ref_id) VALUES (%s, 'group', %s)" % (cid, group))
    member = sql("SELECT a.login FROM account a JOIN account_group g ON g.account_id = a.id "
                 "WHERE g.grp_id = %s ORDER BY a.id LIMIT 1" % group)[1]
    outsider = "learner2"
    check(login(member).get("/courses/" + cid).status == 200, "a member of the group sees it")
    check(login(outsider).get("/courses/" + cid).status == 404, "another learner does not")
    check("谈判技巧工作坊（线下）" in names(login(member).get("/courses?mine=1")), "for my groups too")
