# Makefile - builds lmsd and lmsctl; runs the local stack, the tests and the benchmark.

CC	?= cc
PKGS	 = libxslt libxml-2.0 libmariadb libsodium
PKG_CFLAGS != pkg-config --cflags $(PKGS) 2>/dev/null || true
PKG_LIBS   != pkg-config --libs $(PKGS) 2>/dev/null || true
ASSET_VER  != cat xsl/static/*.css xsl/static/*.js 2>/dev/null | md5sum | cut -c1-8
WARN	 = -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
	   -Wno-format-truncation
HARDEN	 = -D_FORTIFY_SOURCE=2 -fstack-protector-strong -fPIE
CFLAGS	?= -O2 -g
ALL_CFLAGS = -std=c11 -D_GNU_SOURCE $(WARN) $(CFLAGS) $(PKG_CFLAGS) \
	     -DLMS_ASSET_VER='"$(ASSET_VER)"'
LDFLAGS_H = -pie -Wl,-z,relro,-z,now
LIBS	 = -lfcgi $(PKG_LIBS)

CORE	 = arena req valid cidr conf clock db csv_page i18n xml html_out render pw session route routes \
	   home lang health audit auth profile person people person_edit audit_page org posts_groups csv csv_import import register catalogue course_page course_edit course_state lifecycle course_outline \
	   sniff files rich lesson_page categories enrol progress my_learning certificates study archive grade questions questions_io micro micro_learn micro_review micro_report \
	   resource_page resource_edit resource_state \
	   assign assign_edit assign_view assign_change plan hr \
	   survey survey_edit survey_build survey_results survey_csv survey_take \
	   exam_office papers paper_edit paper_preview exam_admin exam_roster exam_grading \
	   homework homework_admin homework_view homework_grade homework_learn homework_remind \
	   exam_list exam_start exam_take exam_result attempt attempt_answer
CORE_OBJ = $(CORE:%=cgi-bin/%.o)
HDRS	 = $(wildcard cgi-bin/*.h)

all: cgi-bin/lmsd cgi-bin/lmsctl

cgi-bin/%.o: cgi-bin/%.c $(HDRS)
	$(CC) $(ALL_CFLAGS) $(HARDEN) -c $< -o $@

# The stylesheet links carry a hash of the CSS, so browsers may cache forever.
cgi-bin/xml.o: $(wildcard xsl/static/*.css xsl/static/*.js)

cgi-bin/lmsd: $(CORE_OBJ) cgi-bin/main.o
	$(CC) $(LDFLAGS_H) -o $@ $^ $(LIBS)

cgi-bin/lmsctl: $(CORE_OBJ) cgi-bin/lmsctl.o
	$(CC) $(LDFLAGS_H) -o $@ $^ $(LIBS)

# Unit tests and the fuzz target build their own objects under sanitizers.
SAN	 = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
UNIT_SRC = $(wildcard tests/unit/*.c)
tests/unit/unit: $(UNIT_SRC) $(CORE:%=cgi-bin/%.c) $(HDRS)
	$(CC) $(ALL_CFLAGS) -O1 -g $(SAN) -Icgi-bin -o $@ $(UNIT_SRC) \
	    $(CORE:%=cgi-bin/%.c) $(LIBS)

tests/fuzz/fuzz_req: tests/fuzz/fuzz_req.c cgi-bin/req.c cgi-bin/arena.c $(HDRS)
	clang -std=c11 -D_GNU_SOURCE -g -O1 -fsanitize=fuzzer,address,undefined \
	    -Icgi-bin -o $@ tests/fuzz/fuzz_req.c cgi-bin/req.c cgi-bin/arena.c

tests/fuzz/fuzz_csv: tests/fuzz/fuzz_csv.c cgi-bin/csv.c cgi-bin/req.c cgi-bin/arena.c $(HDRS)
	clang -std=c11 -D_GNU_SOURCE -g -O1 -fsanitize=fuzzer,address,undefined \
	    -Icgi-bin -o $@ tests/fuzz/fuzz_csv.c cgi-bin/csv.c cgi-bin/req.c \
	    cgi-bin/arena.c

tests/fuzz/fuzz_sniff: tests/fuzz/fuzz_sniff.c cgi-bin/sniff.c $(HDRS)
	clang -std=c11 -D_GNU_SOURCE -g -O1 -fsanitize=fuzzer,address,undefined \
	    -Icgi-bin -o $@ tests/fuzz/fuzz_sniff.c cgi-bin/sniff.c

deps:
	@conf/deps.sh

run: deps all
	@conf/stack.sh run

start: deps all
	@conf/stack.sh start

stop:
	@conf/stack.sh stop

status:
	@conf/stack.sh status

test: deps all tests/unit/unit tests/fuzz/fuzz_req tests/fuzz/fuzz_csv \
	    tests/fuzz/fuzz_sniff
	@tests/run.sh

bench: deps all
	@tests/bench/run.sh

clean:
	rm -f cgi-bin/*.o cgi-bin/lmsd cgi-bin/lmsctl tests/unit/unit \
	    tests/fuzz/fuzz_req tests/fuzz/fuzz_csv tests/fuzz/fuzz_sniff

.PHONY: all deps run start stop status test bench clean
