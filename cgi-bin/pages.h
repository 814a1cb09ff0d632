/* pages.h - the handlers the route table points at, one feature file each. */
#ifndef PAGES_H
#define PAGES_H
#include "route.h"

/* home.c */
int	home_show(struct ctx *);
/* lang.c */
extern const struct input lang_inputs[];
int	lang_set(struct ctx *);
/* health.c */
int	health_show(struct ctx *);
extern const struct input bench_inputs[];
int	bench_plain(struct ctx *);
/* auth.c */
extern const struct input login_inputs[], login_show_inputs[],
    password_inputs[], reset_show_inputs[], reset_inputs[];
int	login_show(struct ctx *);
int	login_post(struct ctx *);
int	logout_post(struct ctx *);
int	password_show(struct ctx *);
int	password_post(struct ctx *);
int	reset_show(struct ctx *);
int	reset_post(struct ctx *);
/* A new password's own rules (letters and digits, confirmed), checked on
 * the fields new_password and confirm_password: 0, or the form again with
 * the error and its status. */
int	password_refused(struct ctx *, const char *pw, const char *confirm);
/* register.c */
extern const struct input register_show_inputs[], register_inputs[],
    registrations_inputs[], decide_inputs[];
int	register_show(struct ctx *);
int	register_post(struct ctx *);
int	registrations_show(struct ctx *);
int	registration_decide(struct ctx *);
/* profile.c */
extern const struct input profile_show_inputs[], profile_inputs[];
int	profile_show(struct ctx *);
int	profile_post(struct ctx *);
/* people.c */
extern const struct input people_inputs[];
int	people_list(struct ctx *);
/* person_edit.c */
extern const struct input person_inputs[], person_new_inputs[],
    person_status_inputs[], person_show_inputs[], person_roles_inputs[];
int	person_show(struct ctx *);
int	person_new(struct ctx *);
int	person_save(struct ctx *);
int	person_create(struct ctx *);
int	person_status(struct ctx *);
int	person_password(struct ctx *);
int	person_link(struct ctx *);
int	person_roles(struct ctx *);
int	issued_show(struct ctx *, long long id, const char *kind,
	    const char *secret);
/* org.c */
extern const struct input dept_new_inputs[], dept_inputs[];
int	org_show(struct ctx *);
int	dept_create(struct ctx *);
int	dept_change(struct ctx *);
/* posts_groups.c */
extern const struct input post_new_inputs[], group_new_inputs[],
    named_change_inputs[];
int	posts_show(struct ctx *);
int	groups_show(struct ctx *);
int	post_create(struct ctx *);
int	group_create(struct ctx *);
int	post_change(struct ctx *);
int	group_change(struct ctx *);
/* import.c */
int	import_show(struct ctx *);
int	import_check(struct ctx *);
int	import_commit(struct ctx *);
/* catalogue.c, course_page.c */
extern const struct input catalogue_inputs[], course_show_inputs[],
    rate_inputs[], comment_inputs[];
int	catalogue_show(struct ctx *);
int	course_show(struct ctx *);
int	course_rate(struct ctx *);
int	course_comment(struct ctx *);
/* categories.c */
extern const struct input category_new_inputs[], category_inputs[];
int	categories_show(struct ctx *);
int	category_create(struct ctx *);
int	category_change(struct ctx *);
/* enrol.c, progress.c, my_learning.c */
extern const struct input enrol_inputs[], enrolments_inputs[],
    enrol_decide_inputs[];
int	enrol_show(struct ctx *);
int	enrol_post(struct ctx *);
int	enrolments_show(struct ctx *);
int	enrolment_decide(struct ctx *);
int	lesson_done(struct ctx *);
extern const struct input beat_inputs[];
int	lesson_beat(struct ctx *);
extern const struct input learning_inputs[];
int	my_learning(struct ctx *);
int	inbox_show(struct ctx *);
int	inbox_read(struct ctx *);
/* questions.c */
extern const struct input question_inputs[], questions_inputs[];
int	questions_list(struct ctx *);
int	question_new(struct ctx *);
int	question_create(struct ctx *);
int	question_edit(struct ctx *);
int	question_save(struct ctx *);
int	question_delete(struct ctx *);
/* questions_io.c */
extern const struct input questions_csv_inputs[];
int	questions_import_show(struct ctx *);
int	questions_import_check(struct ctx *);
int	questions_import_commit(struct ctx *);
int	questions_csv(struct ctx *);
/* archive.c */
extern const struct input teaching_inputs[];
int	archive_mine(struct ctx *);
int	archive_mine_csv(struct ctx *);
int	archive_person(struct ctx *);
int	archive_person_csv(struct ctx *);
int	teaching_show(struct ctx *);
int	teaching_csv(struct ctx *);
/* certificates.c */
extern const struct input verify_inputs[];
int	certificates_show(struct ctx *);
int	certificate_show(struct ctx *);
int	certificate_verify(struct ctx *);
/* lesson_page.c */
int	lesson_show(struct ctx *);
int	lesson_file(struct ctx *);
int	course_cover(struct ctx *);
/* course_edit.c, course_state.c, course_outline.c */
extern const struct input courses_inputs[], course_inputs[],
    course_edit_inputs[], state_inputs[], chapter_new_inputs[],
    outline_change_inputs[], lesson_new_inputs[];
int	courses_list(struct ctx *);
int	recycle_show(struct ctx *);
int	course_new(struct ctx *);
int	course_create(struct ctx *);
int	course_edit(struct ctx *);
int	course_save(struct ctx *);
int	course_state(struct ctx *);
int	course_delete(struct ctx *);
int	course_restore(struct ctx *);
int	chapter_add(struct ctx *);
int	chapter_change(struct ctx *);
int	lesson_add(struct ctx *);
int	lesson_change(struct ctx *);
int	lesson_edit(struct ctx *);
int	lesson_save(struct ctx *);
/* audit_page.c */
extern const struct input audit_inputs[];
int	audit_show(struct ctx *);
/* micro_learn.c, micro_review.c, micro_report.c: micro-courses (微课) */
extern const struct input micro_upload_inputs[], micro_list_inputs[],
    micro_mine_inputs[], micro_queue_inputs[], micro_review_inputs[],
    micro_score_inputs[], micro_decide_inputs[], micro_report_inputs[];
int	micro_list(struct ctx *);
int	micro_mine(struct ctx *);
int	micro_new(struct ctx *);
int	micro_upload(struct ctx *);
int	micro_show(struct ctx *);
int	micro_video(struct ctx *);
int	micro_queue(struct ctx *);
int	micro_review(struct ctx *);
int	micro_score(struct ctx *);
int	micro_decide(struct ctx *);
int	micro_report(struct ctx *);
int	micro_report_csv(struct ctx *);
/* resource_page.c, resource_edit.c, resource_state.c: the resource library (资源库) */
extern const struct input resource_browse_inputs[], resources_inputs[],
    resource_inputs[], resource_edit_inputs[], resource_state_inputs[];
int	resource_browse(struct ctx *);
int	resource_show(struct ctx *);
int	resource_download(struct ctx *);
int	resources_list(struct ctx *);
int	resource_new(struct ctx *);
int	resource_create(struct ctx *);
int	resource_edit(struct ctx *);
int	resource_save(struct ctx *);
int	resource_replace(struct ctx *);
int	resource_version_file(struct ctx *);
int	resource_state(struct ctx *);
int	resource_delete(struct ctx *);
int	resource_restore(struct ctx *);
/* assign_edit.c, assign_view.c, plan.c, hr.c: assignment (指派), learning
 * plans (学习计划) and the monthly HR rules */
extern const struct input assign_inputs[], assign_new_inputs[],
    assignments_inputs[], assignment_inputs[], plan_inputs[],
    plans_inputs[], hr_inputs[];
int	assign_new(struct ctx *);
int	assign_create(struct ctx *);
int	assignments_list(struct ctx *);
int	assignment_show(struct ctx *);
int	assignment_csv(struct ctx *);
int	plans_list(struct ctx *);
int	plan_new(struct ctx *);
int	plan_create(struct ctx *);
int	plan_edit(struct ctx *);
int	plan_save(struct ctx *);
int	plan_delete(struct ctx *);
int	hr_report(struct ctx *);
int	hr_report_csv(struct ctx *);
/* assign_change.c */
int	assignment_end(struct ctx *);
int	assignment_remove(struct ctx *);
/* survey_edit.c, survey_build.c, survey_results.c, survey_csv.c,
 * survey_take.c: surveys and votes (问卷与投票), the satisfaction survey */
extern const struct input surveys_inputs[], survey_new_inputs[],
    survey_inputs[], survey_edit_inputs[], survey_state_inputs[],
    survey_satisfaction_inputs[], survey_question_inputs[],
    survey_move_inputs[], survey_list_inputs[], survey_take_inputs[];
int	surveys_list(struct ctx *);
int	survey_new(struct ctx *);
int	survey_create(struct ctx *);
int	survey_satisfaction(struct ctx *);
int	survey_edit(struct ctx *);
int	survey_save(struct ctx *);
int	survey_state(struct ctx *);
int	survey_delete(struct ctx *);
int	survey_question_add(struct ctx *);
int	survey_question_change(struct ctx *);
int	survey_results(struct ctx *);
int	survey_responses_csv(struct ctx *);
int	survey_summary_csv(struct ctx *);
int	surveys_open(struct ctx *);
int	survey_take(struct ctx *);
int	survey_answer(struct ctx *);
/* homework_admin.c, homework_view.c, homework_grade.c, homework_learn.c,
 * homework.c: homework (作业) */
extern const struct input homework_list_inputs[], homework_new_show_inputs[],
    homework_new_inputs[], homework_inputs[], homework_edit_inputs[],
    submission_grade_inputs[], submission_return_inputs[],
    homework_mine_inputs[], homework_show_inputs[], homework_hand_inputs[];
int	homework_list(struct ctx *);
int	homework_new(struct ctx *);
int	homework_create(struct ctx *);
int	homework_edit(struct ctx *);
int	homework_save(struct ctx *);
int	homework_publish(struct ctx *);
int	homework_delete(struct ctx *);
int	homework_csv(struct ctx *);
int	submission_show(struct ctx *);
int	submission_grade(struct ctx *);
int	submission_return(struct ctx *);
int	homework_file(struct ctx *);
int	homework_mine(struct ctx *);
int	homework_show(struct ctx *);
int	homework_hand_in(struct ctx *);
/* exam_list.c, exam_start.c, exam_take.c, exam_result.c: the learner's
 * exams (考试): My exams, an exam, start, take, save, submit, result */
extern const struct input attempt_show_inputs[], attempt_answers_inputs[];
int	exams_list(struct ctx *);
int	exam_show(struct ctx *);
int	exam_start(struct ctx *);
int	attempt_show(struct ctx *);
int	attempt_save(struct ctx *);
int	attempt_submit(struct ctx *);
int	attempt_leave(struct ctx *);
int	attempt_result(struct ctx *);
/* papers.c, paper_edit.c, paper_preview.c, exam_admin.c, exam_roster.c,
 * exam_grading.c: papers (试卷), exams (考试) and marking (阅卷) in the
 * back office */
extern const struct input papers_inputs[], paper_new_inputs[],
    paper_inputs[], paper_copy_inputs[], paper_edit_inputs[],
    paper_add_inputs[], exams_admin_inputs[], exam_show_inputs[],
    exam_inputs[], exam_attempts_inputs[], grading_inputs[],
    attempt_admin_inputs[];
int	papers_list(struct ctx *);
int	paper_new(struct ctx *);
int	paper_create(struct ctx *);
int	paper_edit(struct ctx *);
int	paper_save(struct ctx *);
int	paper_copy(struct ctx *);
int	paper_add(struct ctx *);
int	paper_items(struct ctx *);
int	paper_rules(struct ctx *);
int	paper_preview(struct ctx *);
int	exams_admin_list(struct ctx *);
int	exam_new(struct ctx *);
int	exam_create(struct ctx *);
int	exam_edit(struct ctx *);
int	exam_save(struct ctx *);
int	exam_publish(struct ctx *);
int	exam_attempts(struct ctx *);
int	exam_attempts_csv(struct ctx *);
int	grading_queue(struct ctx *);
int	attempt_admin(struct ctx *);
int	grading_save(struct ctx *);
#endif
