/* conf.h - the typed configuration of lmsd and lmsctl, read from one file. */
#ifndef CONF_H
#define CONF_H

#define CONF_STR 256

struct conf {
	char		socket[CONF_STR];
	long long	workers;
	char		pid_file[CONF_STR];
	char		log_file[CONF_STR];
	char		db_socket[CONF_STR];
	char		db_name[CONF_STR];
	char		db_user[CONF_STR];
	char		db_password[CONF_STR];
	long long	db_timeout;
	char		xsl_dir[CONF_STR];
	char		tmp_dir[CONF_STR];
	char		sql_dir[CONF_STR];
	long long	max_body;
	long long	max_fields;
	long long	max_field_len;
	char		environment[CONF_STR];
	char		admin_allow[CONF_STR];
	char		timezone[CONF_STR];
	long long	secure_cookies;
	long long	session_idle;
	long long	session_max;
	long long	single_session;
	long long	lockout_failures;
	long long	lockout_seconds;
	long long	reset_ttl;
	long long	self_register;
	char		files_dir[CONF_STR];
	long long	upload_max;
	long long	video_max;
	long long	micro_base;	/* yuan: a 100-point micro-course's allowance */
	long long	year_credits;	/* credits each learner must earn a year */
	long long	study_beat_max;	/* seconds one heartbeat may credit */
	long long	study_view_max;	/* seconds one phone page view may credit */
	long long	video_done_share; /* percent watched that finishes a video */
};

/* Fills c with defaults then the file's values. Returns 0, or -1 after
 * writing one clear message (file, line, key, allowed range) into err. */
int	 conf_load(struct conf *c, const char *path, char *err, size_t errsz);
int	 conf_is_production(const struct conf *);
#endif
