"""test_questions.py - the question bank: questions of every kind written with keys that fit them,
refused when they do not, changed and removed, within the courses one builds."""
from test_http import check, test
from test_accounts import errors, login, sql
from test_courses import course_id


def bank(s, **filters):
    from urllib.parse import urlencode
    return {q.text: q for q in s.get("/admin/questions?" + urlencode(filters)).xml().iter("question")}


@test
def questions_are_written_checked_changed_and_removed():
    t = login("teacher1", base="/admin")
    cid = course_id("消防安全知识")
    base = {"course": cid, "point": "灭火器", "difficulty": "2"}
    r = t.post("/admin/questions", dict(base, kind="single", stem="干粉灭火器适用于哪类火灾？",
                                         options="A类\nB、C类\nD类", answer="B"))
    check(r.status == 303, "a single-choice question: %d" % r.status)
    r = t.post("/admin/questions", dict(base, kind="multiple", stem="火灾报警时应说明哪些信息？",
                                         options="地址\n起火物\n火势\n本人姓名", answer="ABCE"))
    check(r.status == 400 and ("answer", "bad_key") in errors(r), "a letter beyond the choices: %s" % errors(r))
    r = t.post("/admin/questions", dict(base, kind="single", stem="只有一个选项", options="唯一", answer="A"))
    check(r.status == 400 and ("options", "options_count") in errors(r), "two choices at least")
    r = t.post("/admin/questions", dict(base, kind="truefalse", stem="电器着火可以用水扑灭。", answer="X"))
    check(r.status == 400 and ("answer", "bad_key") in errors(r), "true or false is T or F")
    check(t.post("/admin/questions", dict(base, kind="truefalse", stem="电器着火可以用水扑灭。",
                                          answer="F")).status == 303, "a true/false question")
    check(t.post("/admin/questions", dict(base, kind="fill", stem="火警电话是____。",
                                          answer="119|幺幺九")).status == 303, "fill-in with two accepted answers")
    check(t.post("/admin/questions", dict(base, kind="short", stem="简述灭火器的使用方法。")).status == 303,
          "a short answer without a reference")
    r = t.post("/admin/questions", dict(base, kind="single", stem="x", options="a\nb", answer="A",
                                         course="999999"))
    check(r.status == 400 and ("course", "unknown") in errors(r), "only a course one builds")
    found = bank(t, course=cid)
    check({"干粉灭火器适用于哪类火灾？", "电器着火可以用水扑灭。", "火警电话是____。"} <= set(found), "listed: %s" % list(found))
    check(list(bank(t, course=cid, kind="fill")) == ["火警电话是____。"], "filtered by kind")
    qid = found["干粉灭火器适用于哪类火灾？"].get("id")
    page = t.get("/admin/questions/" + qid).xml().find("question-edit")
    check(page.findtext("answer") == "B" and page.get("kind") == "single", "the form holds the question")
    r = t.post("/admin/questions/" + qid, dict(base, kind="multiple", stem="干粉灭火器适用于哪些火灾？",
                                                 options="A类\nB类\nC类\nD类", answer="BC"))
    check(r.status == 303 and sql("SELECT kind, answer_key FROM question WHERE id = " + qid)[1] == "multiple\tBC",
          "changed")
    check(t.post("/admin/questions/%s/delete" % qid, {}).status == 303, "removed")
    check("干粉灭火器适用于哪些火灾？" not in bank(t, course=cid), "gone from the bank")
    check(t.get("/admin/questions/" + qid).status == 404, "and from its page")
    acts = sql("SELECT GROUP_CONCAT(action ORDER BY id) FROM audit WHERE object = 'question' "
               "AND object_id = " + qid)[1]
    check(acts == "question.create,question.update,question.delete", "audited: %s" % acts)
    check(login("learner20", base="/admin").get("/admin/questions").status == 403, "not for learners")
