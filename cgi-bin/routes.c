/* routes.c - THE route table: every page, who may use it, on which surfaces. */
#include <stddef.h>

#include "pages.h"
#include "route.h"

#define PORTAL	SURF_BIT(SURF_PORTAL)
#define ADMIN	SURF_BIT(SURF_ADMIN)
#define MOBILE	SURF_BIT(SURF_MOBILE)
#define LEARN	(PORTAL | MOBILE)

const struct route routes[] = {
/*	  method	path			handler		capability	surfaces	inputs		form */
	{ METHOD_GET,	"/",			home_show,	CAP_PUBLIC,	SURF_ALL, NULL, NULL },
	{ METHOD_POST,	"/lang",		lang_set,	CAP_PUBLIC,	SURF_ALL, lang_inputs, NULL },
	{ METHOD_GET,	"/healthz",		health_show,	CAP_PUBLIC,	PORTAL, NULL, NULL },
	{ METHOD_GET,	"/bench/plain",		bench_plain,	CAP_PUBLIC,	PORTAL, bench_inputs, NULL },

	/* Signing in and one's own account. */
	{ METHOD_GET,	"/login",		login_show,	CAP_PUBLIC,	SURF_ALL, login_show_inputs, NULL },
	{ METHOD_POST,	"/login",		login_post,	CAP_PUBLIC,	SURF_ALL, login_inputs, login_show },
	{ METHOD_POST,	"/logout",		logout_post,	CAP_PUBLIC,	SURF_ALL, NULL, NULL },
	{ METHOD_GET,	"/password",		password_show,	CAP_SELF,	SURF_ALL, NULL, NULL },
	{ METHOD_POST,	"/password",		password_post,	CAP_SELF,	SURF_ALL, password_inputs, password_show },
	{ METHOD_GET,	"/reset",		reset_show,	CAP_PUBLIC,	LEARN, reset_show_inputs, NULL },
	{ METHOD_POST,	"/reset",		reset_post,	CAP_PUBLIC,	LEARN, reset_inputs, reset_show },
	{ METHOD_GET,	"/register",		register_show,	CAP_PUBLIC,	LEARN, register_show_inputs, NULL },
	{ METHOD_POST,	"/register",		register_post,	CAP_PUBLIC,	LEARN, register_inputs, register_show },
	{ METHOD_GET,	"/profile",		profile_show,	CAP_LOGIN,	LEARN, profile_show_inputs, NULL },
	{ METHOD_POST,	"/profile",		profile_post,	CAP_LOGIN,	LEARN, profile_inputs, profile_show },

	/* People, in the caller's scope. */
	{ METHOD_GET,	"/people",		people_list,	CAP_PEOPLE,	ADMIN, people_inputs, NULL },
	{ METHOD_GET,	"/people/new",		person_new,	CAP_ADMIN,	ADMIN, NULL, NULL },
	{ METHOD_POST,	"/people",		person_create,	CAP_ADMIN,	ADMIN, person_new_inputs, person_new },
	{ METHOD_GET,	"/people/{id}",		person_show,	CAP_PEOPLE,	ADMIN, person_show_inputs, NULL },
	{ METHOD_POST,	"/people/{id}",		person_save,	CAP_PEOPLE_EDIT, ADMIN, person_inputs, person_show },
	{ METHOD_POST,	"/people/{id}/status",	person_status,	CAP_PEOPLE_EDIT, ADMIN, person_status_inputs, NULL },
	{ METHOD_POST,	"/people/{id}/password", person_password, CAP_PEOPLE_EDIT, ADMIN, NULL, NULL },
	{ METHOD_POST,	"/people/{id}/reset-link", person_link,	CAP_PEOPLE_EDIT, ADMIN, NULL, NULL },
	{ METHOD_POST,	"/people/{id}/roles",	person_roles,	CAP_ADMIN,	ADMIN, person_roles_inputs, person_show },
	{ METHOD_GET,	"/registrations",	registrations_show, CAP_ADMIN,	ADMIN, registrations_inputs, NULL },
	{ METHOD_POST,	"/registrations/{id}",	registration_decide, CAP_ADMIN,	ADMIN, decide_inputs, registrations_show },
	{ METHOD_GET,	"/import",		import_show,	CAP_ADMIN,	ADMIN, NULL, NULL },
	{ METHOD_POST,	"/import",		import_check,	CAP_ADMIN,	ADMIN, NULL, NULL },
	{ METHOD_POST,	"/import/{id}",		import_commit,	CAP_ADMIN,	ADMIN, NULL, NULL },

	/* The organisation: department tree, posts, groups and classes. */
	{ METHOD_GET,	"/org",			org_show,	CAP_ADMIN,	ADMIN, NULL, NULL },
	{ METHOD_POST,	"/org",			dept_create,	CAP_ADMIN,	ADMIN, dept_new_inputs, org_show },
	{ METHOD_POST,	"/org/{id}",		dept_change,	CAP_ADMIN,	ADMIN, dept_inputs, org_show },
	{ METHOD_GET,	"/posts",		posts_show,	CAP_ADMIN,	ADMIN, NULL, NULL },
	{ METHOD_POST,	"/posts",		post_create,	CAP_ADMIN,	ADMIN, post_new_inputs, posts_show },
	{ METHOD_POST,	"/posts/{id}",		post_change,	CAP_ADMIN,	ADMIN, named_change_inputs, posts_show },
	{ METHOD_GET,	"/groups",		groups_show,	CAP_PEOPLE_EDIT, ADMIN, NULL, NULL },
	{ METHOD_POST,	"/groups",		group_create,	CAP_PEOPLE_EDIT, ADMIN, group_new_inputs, groups_show },
	{ METHOD_POST,	"/groups/{id}",		group_change,	CAP_PEOPLE_EDIT, ADMIN, named_change_inputs, groups_show },

	/* The catalogue and a course, for the people it is meant for. */
	{ METHOD_GET,	"/courses",		catalogue_show,	CAP_LOGIN,	LEARN, catalogue_inputs, NULL },
	{ METHOD_GET,	"/courses/{id}",	course_show,	CAP_LOGIN,	LEARN, course_show_inputs, NULL },
	{ METHOD_POST,	"/courses/{id}/rating",	course_rate,	CAP_LOGIN,	LEARN, rate_inputs, course_show },
	{ METHOD_POST,	"/courses/{id}/comments", course_comment, CAP_LOGIN,	LEARN, comment_inputs, course_show },
	{ METHOD_GET,	"/courses/{id}/cover",	course_cover,	CAP_LOGIN,	LEARN, NULL, NULL },
	{ METHOD_GET,	"/lessons/{id}",	lesson_show,	CAP_LOGIN,	LEARN, NULL, NULL },
	{ METHOD_GET,	"/lessons/{id}/file",	lesson_file,	CAP_LOGIN,	LEARN, NULL, NULL },

	/* Learning: joining a course, lessons done, one's own page and inbox. */
	{ METHOD_GET,	"/learning",		my_learning,	CAP_LOGIN,	LEARN, learning_inputs, NULL },
	{ METHOD_GET,	"/messages",		inbox_show,	CAP_LOGIN,	LEARN, NULL, NULL },
	{ METHOD_POST,	"/messages/read",	inbox_read,	CAP_LOGIN,	LEARN, NULL, NULL },
	{ METHOD_GET,	"/courses/{id}/enrol",	enrol_show,	CAP_LOGIN,	LEARN, NULL, NULL },
	{ METHOD_POST,	"/courses/{id}/enrol",	enrol_post,	CAP_LOGIN,	LEARN, enrol_inputs, enrol_show },
	{ METHOD_POST,	"/lessons/{id}/done",	lesson_done,	CAP_LOGIN,	LEARN, NULL, lesson_show },
	{ METHOD_POST,	"/lessons/{id}/beat",	lesson_beat,	CAP_LOGIN,	PORTAL, beat_inputs, NULL },
	{ METHOD_GET,	"/archive",		archive_mine,	CAP_LOGIN,	LEARN, NULL, NULL },
	{ METHOD_GET,	"/archive.csv",		archive_mine_csv, CAP_LOGIN,	LEARN, NULL, NULL },
	{ METHOD_GET,	"/people/{id}/archive",	archive_person,	CAP_PEOPLE,	ADMIN, NULL, NULL },
	{ METHOD_GET,	"/people/{id}/archive.csv", archive_person_csv, CAP_PEOPLE, ADMIN, NULL, NULL },
	{ METHOD_GET,	"/teaching",		teaching_show,	CAP_TEACH,	ADMIN, teaching_inputs, NULL },
	{ METHOD_GET,	"/teaching.csv",	teaching_csv,	CAP_TEACH,	ADMIN, teaching_inputs, NULL },
	{ METHOD_GET,	"/certificates",	certificates_show, CAP_LOGIN,	LEARN, NULL, NULL },
	{ METHOD_GET,	"/certificates/{id}",	certificate_show, CAP_LOGIN,	LEARN, NULL, NULL },
	{ METHOD_GET,	"/verify",		certificate_verify, CAP_PUBLIC,	LEARN, verify_inputs, NULL },
	{ METHOD_GET,	"/enrolments",		enrolments_show, CAP_STAFF,	ADMIN, enrolments_inputs, NULL },
	{ METHOD_POST,	"/enrolments/{id}",	enrolment_decide, CAP_STAFF,	ADMIN, enrol_decide_inputs, enrolments_show },

	/* Building courses: lecturers their own, the admin all; review by the admin. */
	{ METHOD_GET,	"/courses",		courses_list,	CAP_TEACH,	ADMIN, courses_inputs, NULL },
	{ METHOD_GET,	"/courses/new",		course_new,	CAP_TEACH,	ADMIN, NULL, NULL },
	{ METHOD_POST,	"/courses",		course_create,	CAP_TEACH,	ADMIN, course_inputs, course_new },
	{ METHOD_GET,	"/courses/{id}",	course_edit,	CAP_TEACH,	ADMIN, course_edit_inputs, NULL },
	{ METHOD_POST,	"/courses/{id}",	course_save,	CAP_TEACH,	ADMIN, course_inputs, course_edit },
	{ METHOD_POST,	"/courses/{id}/state",	course_state,	CAP_TEACH,	ADMIN, state_inputs, course_edit },
	{ METHOD_POST,	"/courses/{id}/delete",	course_delete,	CAP_TEACH,	ADMIN, NULL, course_edit },
	{ METHOD_POST,	"/courses/{id}/chapters", chapter_add,	CAP_TEACH,	ADMIN, chapter_new_inputs, course_edit },
	{ METHOD_POST,	"/chapters/{id}",	chapter_change,	CAP_TEACH,	ADMIN, outline_change_inputs, course_edit },
	{ METHOD_POST,	"/chapters/{id}/lessons", lesson_add,	CAP_TEACH,	ADMIN, lesson_new_inputs, course_edit },
	{ METHOD_POST,	"/lessons/{id}",	lesson_change,	CAP_TEACH,	ADMIN, outline_change_inputs, course_edit },
	{ METHOD_GET,	"/lessons/{id}",	lesson_edit,	CAP_TEACH,	ADMIN, NULL, NULL },
	{ METHOD_POST,	"/lessons/{id}/content", lesson_save,	CAP_TEACH,	ADMIN, lesson_new_inputs, lesson_edit },
	{ METHOD_GET,	"/categories",		categories_show, CAP_ADMIN,	ADMIN, NULL, NULL },
	{ METHOD_POST,	"/categories",		category_create, CAP_ADMIN,	ADMIN, category_new_inputs, categories_show },
	{ METHOD_POST,	"/categories/{id}",	category_change, CAP_ADMIN,	ADMIN, category_inputs, categories_show },
	{ METHOD_GET,	"/recycle",		recycle_show,	CAP_ADMIN,	ADMIN, courses_inputs, NULL },
	{ METHOD_POST,	"/recycle/{id}",	course_restore,	CAP_ADMIN,	ADMIN, NULL, NULL },

	/* Micro-courses (微课): staff upload, everyone watches the published
	 * ones; reviewers (admin, lecturers) score them, the admin pays. */
	{ METHOD_GET,	"/micro",		micro_list,	CAP_LOGIN,	LEARN, micro_list_inputs, NULL },
	{ METHOD_GET,	"/micro/mine",		micro_mine,	CAP_LOGIN,	LEARN, micro_mine_inputs, NULL },
	{ METHOD_GET,	"/micro/new",		micro_new,	CAP_LOGIN,	LEARN, NULL, NULL },
	{ METHOD_POST,	"/micro",		micro_upload,	CAP_LOGIN,	LEARN, micro_upload_inputs, micro_new },
	{ METHOD_GET,	"/micro/{id}",		micro_show,	CAP_LOGIN,	LEARN, NULL, NULL },
	{ METHOD_GET,	"/micro/{id}/video",	micro_video,	CAP_LOGIN,	SURF_ALL, NULL, NULL },
	{ METHOD_GET,	"/micro",		micro_queue,	CAP_TEACH,	ADMIN, micro_queue_inputs, NULL },
	{ METHOD_GET,	"/micro/{id}",		micro_review,	CAP_TEACH,	ADMIN, micro_review_inputs, NULL },
	{ METHOD_POST,	"/micro/{id}/score",	micro_score,	CAP_TEACH,	ADMIN, micro_score_inputs, micro_review },
	{ METHOD_POST,	"/micro/{id}/state",	micro_decide,	CAP_TEACH,	ADMIN, micro_decide_inputs, micro_review },
	{ METHOD_GET,	"/micro/report",	micro_report,	CAP_ADMIN,	ADMIN, micro_report_inputs, NULL },
	{ METHOD_GET,	"/micro/report.csv",	micro_report_csv, CAP_ADMIN,	ADMIN, micro_report_inputs, NULL },

	/* The resource library (资源库): everyone signed in browses and
	 * downloads the published resources; lecturers upload and change
	 * their own, the admin all, and reviews, publishes and restores. */
	{ METHOD_GET,	"/resources",		resource_browse, CAP_LOGIN,	LEARN, resource_browse_inputs, NULL },
	{ METHOD_GET,	"/resources/{id}",	resource_show,	CAP_LOGIN,	LEARN, NULL, NULL },
	{ METHOD_GET,	"/resources/{id}/file",	resource_download, CAP_LOGIN,	SURF_ALL, NULL, NULL },
	{ METHOD_GET,	"/resources",		resources_list,	CAP_TEACH,	ADMIN, resources_inputs, NULL },
	{ METHOD_GET,	"/resources/new",	resource_new,	CAP_TEACH,	ADMIN, NULL, NULL },
	{ METHOD_POST,	"/resources",		resource_create, CAP_TEACH,	ADMIN, resource_inputs, resource_new },
	{ METHOD_GET,	"/resources/{id}",	resource_edit,	CAP_TEACH,	ADMIN, resource_edit_inputs, NULL },
	{ METHOD_POST,	"/resources/{id}",	resource_save,	CAP_TEACH,	ADMIN, resource_inputs, resource_edit },
	{ METHOD_POST,	"/resources/{id}/file",	resource_replace, CAP_TEACH,	ADMIN, NULL, resource_edit },
	{ METHOD_GET,	"/resources/{id}/versions/{id}/file", resource_version_file, CAP_TEACH, ADMIN, NULL, NULL },
	{ METHOD_POST,	"/resources/{id}/state", resource_state, CAP_TEACH,	ADMIN, resource_state_inputs, resource_edit },
	{ METHOD_POST,	"/resources/{id}/delete", resource_delete, CAP_TEACH,	ADMIN, NULL, resource_edit },
	{ METHOD_POST,	"/resources/{id}/restore", resource_restore, CAP_ADMIN,	ADMIN, NULL, resource_edit },

	/* Assignment (指派) of courses and learning plans within one's reach,
	 * who stands where on each; plans; the monthly HR rules. */
	{ METHOD_GET,	"/assignments",		assignments_list, CAP_PEOPLE,	ADMIN, assignments_inputs, NULL },
	{ METHOD_GET,	"/assignments/new",	assign_new,	CAP_PEOPLE,	ADMIN, assign_new_inputs, NULL },
	{ METHOD_POST,	"/assignments",		assign_create,	CAP_PEOPLE,	ADMIN, assign_inputs, assign_new },
	{ METHOD_GET,	"/assignments/{id}",	assignment_show, CAP_PEOPLE,	ADMIN, assignment_inputs, NULL },
	{ METHOD_GET,	"/assignments/{id}.csv", assignment_csv, CAP_PEOPLE,	ADMIN, assignment_inputs, NULL },
	{ METHOD_POST,	"/assignments/{id}/end", assignment_end, CAP_PEOPLE,	ADMIN, NULL, assignment_show },
	{ METHOD_POST,	"/assignments/{id}/people/{id}/remove", assignment_remove, CAP_PEOPLE, ADMIN, NULL, assignment_show },
	{ METHOD_GET,	"/plans",		plans_list,	CAP_PEOPLE_EDIT, ADMIN, plans_inputs, NULL },
	{ METHOD_GET,	"/plans/new",		plan_new,	CAP_PEOPLE_EDIT, ADMIN, NULL, NULL },
	{ METHOD_POST,	"/plans",		plan_create,	CAP_PEOPLE_EDIT, ADMIN, plan_inputs, plan_new },
	{ METHOD_GET,	"/plans/{id}",		plan_edit,	CAP_PEOPLE_EDIT, ADMIN, plans_inputs, NULL },
	{ METHOD_POST,	"/plans/{id}",		plan_save,	CAP_PEOPLE_EDIT, ADMIN, plan_inputs, plan_edit },
	{ METHOD_POST,	"/plans/{id}/delete",	plan_delete,	CAP_PEOPLE_EDIT, ADMIN, NULL, plan_edit },
	{ METHOD_GET,	"/hr",			hr_report,	CAP_PEOPLE_EDIT, ADMIN, hr_inputs, NULL },
	{ METHOD_GET,	"/hr.csv",		hr_report_csv,	CAP_PEOPLE_EDIT, ADMIN, hr_inputs, NULL },

	/* Assessment: the question bank of the courses one builds. */
	{ METHOD_GET,	"/questions",		questions_list,	CAP_TEACH,	ADMIN, questions_inputs, NULL },
	{ METHOD_GET,	"/questions/new",	question_new,	CAP_TEACH,	ADMIN, NULL, NULL },
	{ METHOD_POST,	"/questions",		question_create, CAP_TEACH,	ADMIN, question_inputs, question_new },
	{ METHOD_GET,	"/questions/{id}",	question_edit,	CAP_TEACH,	ADMIN, NULL, NULL },
	{ METHOD_POST,	"/questions/{id}",	question_save,	CAP_TEACH,	ADMIN, question_inputs, question_edit },
	{ METHOD_POST,	"/questions/{id}/delete", question_delete, CAP_TEACH,	ADMIN, NULL, question_edit },
	{ METHOD_GET,	"/questions/import",	questions_import_show, CAP_TEACH, ADMIN, NULL, NULL },
	{ METHOD_POST,	"/questions/import",	questions_import_check, CAP_TEACH, ADMIN, NULL, NULL },
	{ METHOD_POST,	"/questions/import/{id}", questions_import_commit, CAP_TEACH, ADMIN, NULL, NULL },
	{ METHOD_GET,	"/questions.csv",	questions_csv,	CAP_TEACH,	ADMIN, questions_csv_inputs, NULL },

	/* Surveys and votes (问卷与投票). Back office for staff, reached in the
	 * queries (SURVEY_REACH): lecturers run those of courses they build
	 * (and give a course its satisfaction survey), heads and officers
	 * those of their department, the admin all; a mentor reaches none.
	 * Learners answer those meant for them (SURVEY_AUDIENCE). */
	{ METHOD_GET,	"/surveys",		surveys_list,	CAP_STAFF,	ADMIN, surveys_inputs, NULL },
	{ METHOD_GET,	"/surveys/new",		survey_new,	CAP_STAFF,	ADMIN, NULL, NULL },
	{ METHOD_POST,	"/surveys",		survey_create,	CAP_STAFF,	ADMIN, survey_new_inputs, survey_new },
	{ METHOD_POST,	"/surveys/satisfaction", survey_satisfaction, CAP_TEACH, ADMIN, survey_satisfaction_inputs, surveys_list },
	{ METHOD_GET,	"/surveys/{id}",	survey_edit,	CAP_STAFF,	ADMIN, survey_edit_inputs, NULL },
	{ METHOD_POST,	"/surveys/{id}",	survey_save,	CAP_STAFF,	ADMIN, survey_inputs, survey_edit },
	{ METHOD_POST,	"/surveys/{id}/state",	survey_state,	CAP_STAFF,	ADMIN, survey_state_inputs, survey_edit },
	{ METHOD_POST,	"/surveys/{id}/delete",	survey_delete,	CAP_STAFF,	ADMIN, NULL, survey_edit },
	{ METHOD_POST,	"/surveys/{id}/questions", survey_question_add, CAP_STAFF, ADMIN, survey_question_inputs, survey_edit },
	{ METHOD_POST,	"/surveys/{id}/questions/{id}", survey_question_change, CAP_STAFF, ADMIN, survey_move_inputs, survey_edit },
	{ METHOD_GET,	"/surveys/{id}/results", survey_results, CAP_STAFF,	ADMIN, NULL, NULL },
	{ METHOD_GET,	"/surveys/{id}/responses.csv", survey_responses_csv, CAP_STAFF, ADMIN, NULL, NULL },
	{ METHOD_GET,	"/surveys/{id}/summary.csv", survey_summary_csv, CAP_STAFF, ADMIN, NULL, NULL },
	{ METHOD_GET,	"/surveys",		surveys_open,	CAP_LOGIN,	LEARN, survey_list_inputs, NULL },
	{ METHOD_GET,	"/surveys/{id}",	survey_take,	CAP_LOGIN,	LEARN, survey_take_inputs, NULL },
	{ METHOD_POST,	"/surveys/{id}",	survey_answer,	CAP_LOGIN,	LEARN, NULL, survey_take },

	/* Homework (作业): a course's builders set and grade it (reach in the
	 * queries: HW_BUILT), its enrolled learners hand it in (HW_ENROLLED);
	 * a hand-in's files go to the learner and the builders alone. */
	{ METHOD_GET,	"/homework",		homework_list,	CAP_TEACH,	ADMIN, homework_list_inputs, NULL },
	{ METHOD_GET,	"/homework/new",	homework_new,	CAP_TEACH,	ADMIN, homework_new_show_inputs, NULL },
	{ METHOD_POST,	"/homework",		homework_create, CAP_TEACH,	ADMIN, homework_new_inputs, homework_new },
	{ METHOD_GET,	"/homework/{id}",	homework_edit,	CAP_TEACH,	ADMIN, homework_edit_inputs, NULL },
	{ METHOD_POST,	"/homework/{id}",	homework_save,	CAP_TEACH,	ADMIN, homework_inputs, homework_edit },
	{ METHOD_POST,	"/homework/{id}/publish", homework_publish, CAP_TEACH,	ADMIN, NULL, homework_edit },
	{ METHOD_POST,	"/homework/{id}/delete", homework_delete, CAP_TEACH,	ADMIN, NULL, homework_edit },
	{ METHOD_GET,	"/homework/{id}.csv",	homework_csv,	CAP_TEACH,	ADMIN, NULL, NULL },
	{ METHOD_GET,	"/submissions/{id}",	submission_show, CAP_TEACH,	ADMIN, NULL, NULL },
	{ METHOD_POST,	"/submissions/{id}/grade", submission_grade, CAP_TEACH,	ADMIN, submission_grade_inputs, submission_show },
	{ METHOD_POST,	"/submissions/{id}/return", submission_return, CAP_TEACH, ADMIN, submission_return_inputs, submission_show },
	{ METHOD_GET,	"/submissions/{id}/files/{id}", homework_file, CAP_LOGIN,	SURF_ALL, NULL, NULL },
	{ METHOD_GET,	"/homework",		homework_mine,	CAP_LOGIN,	LEARN, homework_mine_inputs, NULL },
	{ METHOD_GET,	"/homework/{id}",	homework_show,	CAP_LOGIN,	LEARN, homework_show_inputs, NULL },
	{ METHOD_POST,	"/homework/{id}",	homework_hand_in, CAP_LOGIN,	LEARN, homework_hand_inputs, homework_show },

	/* Exams (考试) for learners: the ones they may sit, one attempt in
	 * progress at a time, each answer saved with a receipt; only their
	 * own attempts (another's id answers 404). */
	{ METHOD_GET,	"/exams",		exams_list,	CAP_LOGIN,	LEARN, NULL, NULL },
	{ METHOD_GET,	"/exams/{id}",		exam_show,	CAP_LOGIN,	LEARN, NULL, NULL },
	{ METHOD_POST,	"/exams/{id}/start",	exam_start,	CAP_LOGIN,	LEARN, NULL, exam_show },
	{ METHOD_GET,	"/attempts/{id}",	attempt_show,	CAP_LOGIN,	LEARN, attempt_show_inputs, NULL },
	{ METHOD_POST,	"/attempts/{id}/answers", attempt_save,	CAP_LOGIN,	LEARN, attempt_answers_inputs, attempt_show },
	{ METHOD_POST,	"/attempts/{id}/submit", attempt_submit, CAP_LOGIN,	LEARN, attempt_answers_inputs, attempt_show },
	{ METHOD_POST,	"/attempts/{id}/leave",	attempt_leave,	CAP_LOGIN,	PORTAL, NULL, NULL },
	{ METHOD_GET,	"/attempts/{id}/result", attempt_result, CAP_LOGIN,	LEARN, NULL, NULL },

	/* Papers, exams and marking in the back office: what a lecturer
	 * builds (papers and exams of courses they build or made themselves,
	 * reached in the queries: PAPER_REACH, EXAM_REACH), the admin all. */
	{ METHOD_GET,	"/papers",		papers_list,	CAP_TEACH,	ADMIN, papers_inputs, NULL },
	{ METHOD_GET,	"/papers/new",		paper_new,	CAP_TEACH,	ADMIN, NULL, NULL },
	{ METHOD_POST,	"/papers",		paper_create,	CAP_TEACH,	ADMIN, paper_new_inputs, paper_new },
	{ METHOD_GET,	"/papers/{id}",		paper_edit,	CAP_TEACH,	ADMIN, paper_edit_inputs, NULL },
	{ METHOD_POST,	"/papers/{id}",		paper_save,	CAP_TEACH,	ADMIN, paper_inputs, paper_edit },
	{ METHOD_POST,	"/papers/{id}/questions", paper_add,	CAP_TEACH,	ADMIN, paper_add_inputs, paper_edit },
	{ METHOD_POST,	"/papers/{id}/items",	paper_items,	CAP_TEACH,	ADMIN, NULL, paper_edit },
	{ METHOD_POST,	"/papers/{id}/rules",	paper_rules,	CAP_TEACH,	ADMIN, NULL, paper_edit },
	{ METHOD_POST,	"/papers/{id}/copy",	paper_copy,	CAP_TEACH,	ADMIN, paper_copy_inputs, paper_edit },
	{ METHOD_GET,	"/papers/{id}/preview",	paper_preview,	CAP_TEACH,	ADMIN, NULL, NULL },
	{ METHOD_GET,	"/exams",		exams_admin_list, CAP_TEACH,	ADMIN, exams_admin_inputs, NULL },
	{ METHOD_GET,	"/exams/new",		exam_new,	CAP_TEACH,	ADMIN, NULL, NULL },
	{ METHOD_POST,	"/exams",		exam_create,	CAP_TEACH,	ADMIN, exam_inputs, exam_new },
	{ METHOD_GET,	"/exams/{id}",		exam_edit,	CAP_TEACH,	ADMIN, exam_show_inputs, NULL },
	{ METHOD_POST,	"/exams/{id}",		exam_save,	CAP_TEACH,	ADMIN, exam_inputs, exam_edit },
	{ METHOD_POST,	"/exams/{id}/publish",	exam_publish,	CAP_TEACH,	ADMIN, NULL, exam_edit },
	{ METHOD_GET,	"/exams/{id}/attempts",	exam_attempts,	CAP_TEACH,	ADMIN, exam_attempts_inputs, NULL },
	{ METHOD_GET,	"/exams/{id}/attempts.csv", exam_attempts_csv, CAP_TEACH, ADMIN, NULL, NULL },
	{ METHOD_GET,	"/grading",		grading_queue,	CAP_TEACH,	ADMIN, grading_inputs, NULL },
	{ METHOD_GET,	"/attempts/{id}",	attempt_admin,	CAP_TEACH,	ADMIN, attempt_admin_inputs, NULL },
	{ METHOD_POST,	"/attempts/{id}/marks",	grading_save,	CAP_TEACH,	ADMIN, NULL, attempt_admin },

	/* The audit trail. */
	{ METHOD_GET,	"/audit",		audit_show,	CAP_ADMIN,	ADMIN, audit_inputs, NULL },
};

const size_t nroutes = sizeof(routes) / sizeof(routes[0]);
