<?xml version="1.0" encoding="UTF-8"?>
<!-- exams.xsl - exams (考试) in the back office: the list, the settings form, who sat it,
     the marking queue (阅卷) and one attempt with its answers, marks and log. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="page[@name='exam-list']" mode="title"><xsl:call-template name="msg.examadm.title"/></xsl:template>
  <xsl:template match="page[@name='exam-edit']" mode="title">
    <xsl:choose>
      <xsl:when test="exam-edit/exam"><xsl:value-of select="exam-edit/exam/title"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.examadm.new"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="page[@name='exam-attempts']" mode="title"><xsl:call-template name="msg.examadm.attempts"/></xsl:template>
  <xsl:template match="page[@name='grading']" mode="title"><xsl:call-template name="msg.grading.title"/></xsl:template>
  <xsl:template match="page[@name='attempt-review']" mode="title"><xsl:call-template name="msg.exams.attempt"/></xsl:template>

  <xsl:template name="exam-state">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="$s = 'upcoming'"><xsl:call-template name="msg.exams.upcoming"/></xsl:when>
      <xsl:when test="$s = 'open'"><xsl:call-template name="msg.examadm.state.open"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.exams.finished"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="attempt-state">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="$s = 'open'"><xsl:call-template name="msg.exams.in_progress_short"/></xsl:when>
      <xsl:when test="$s = 'submitted'"><xsl:call-template name="msg.grading.waiting"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.grading.graded"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="passed">
    <xsl:param name="v"/>
    <xsl:choose>
      <xsl:when test="$v = 1"><xsl:call-template name="msg.exams.passed"/></xsl:when>
      <xsl:when test="$v = 0"><xsl:call-template name="msg.exams.failed"/></xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The try: 第 n 次, a make-up marked as such. -->
  <xsl:template name="try">
    <xsl:call-template name="msg.exams.try"><xsl:with-param name="n" select="@seq"/></xsl:call-template>
    <xsl:if test="@makeup = 1"> · <xsl:call-template name="msg.exams.makeup"/></xsl:if>
  </xsl:template>

  <xsl:template match="exams" mode="body">
    <h1><xsl:call-template name="msg.examadm.title"/></h1>
    <p>
      <a href="{$base}/exams/new"><xsl:call-template name="msg.examadm.new"/></a> ·
      <a href="{$base}/grading"><xsl:call-template name="msg.grading.title"/></a>
    </p>
    <form class="filters" method="get" action="{$base}/exams">
      <p class="field">
        <label for="f-state"><xsl:call-template name="msg.examadm.state"/></label>
        <select id="f-state" name="state">
          <option value=""><xsl:call-template name="msg.any"/></option>
          <xsl:call-template name="option"><xsl:with-param name="v">upcoming</xsl:with-param><xsl:with-param name="cur" select="@state"/><xsl:with-param name="label"><xsl:call-template name="msg.exams.upcoming"/></xsl:with-param></xsl:call-template>
          <xsl:call-template name="option"><xsl:with-param name="v">open</xsl:with-param><xsl:with-param name="cur" select="@state"/><xsl:with-param name="label"><xsl:call-template name="msg.examadm.state.open"/></xsl:with-param></xsl:call-template>
          <xsl:call-template name="option"><xsl:with-param name="v">closed</xsl:with-param><xsl:with-param name="cur" select="@state"/><xsl:with-param name="label"><xsl:call-template name="msg.exams.finished"/></xsl:with-param></xsl:call-template>
        </select>
      </p>
      <p><button type="submit"><xsl:call-template name="msg.filter"/></button></p>
    </form>
    <xsl:call-template name="list-range"/>
    <xsl:choose>
      <xsl:when test="not(exam)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
      <xsl:otherwise>
        <table class="grid">
          <thead><tr>
            <th scope="col"><xsl:call-template name="msg.examadm.name"/></th>
            <th scope="col"><xsl:call-template name="msg.examadm.state"/></th>
            <th scope="col"><xsl:call-template name="msg.exams.window"/></th>
            <th scope="col"><xsl:call-template name="msg.paper.one"/></th>
            <th scope="col"><xsl:call-template name="msg.exams.course"/></th>
            <th scope="col"><xsl:call-template name="msg.examadm.sat"/></th>
            <th scope="col"><xsl:call-template name="msg.grading.waiting"/></th>
          </tr></thead>
          <tbody>
            <xsl:for-each select="exam">
              <tr>
                <td><a href="{$base}/exams/{@id}"><xsl:value-of select="title"/></a></td>
                <td><xsl:call-template name="exam-state"><xsl:with-param name="s" select="@state"/></xsl:call-template></td>
                <td><xsl:value-of select="@opens"/> – <xsl:value-of select="@closes"/></td>
                <td><xsl:value-of select="@paper-title"/></td>
                <td><xsl:value-of select="@course-name"/></td>
                <td><a href="{$base}/exams/{@id}/attempts"><xsl:value-of select="@sat"/></a></td>
                <td>
                  <xsl:choose>
                    <xsl:when test="@waiting &gt; 0"><a href="{$base}/grading?exam={@id}"><xsl:value-of select="@waiting"/></a></xsl:when>
                    <xsl:otherwise>0</xsl:otherwise>
                  </xsl:choose>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <!-- A checkbox of the exam form: as posted after a refusal, else as stored (new: $default). -->
  <xsl:template name="exam-check">
    <xsl:param name="name"/>
    <xsl:param name="stored"/>
    <xsl:param name="label"/>
    <xsl:variable name="on" select="(/page/posted and /page/posted/field[@name = $name] = '1')
                                    or (not(/page/posted) and $stored = 1)"/>
    <p class="field">
      <label class="check">
        <input type="checkbox" id="f-{$name}" name="{$name}" value="1">
          <xsl:if test="$on"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
        </input>
        <xsl:value-of select="$label"/>
      </label>
    </p>
  </xsl:template>

  <xsl:template match="exam-edit" mode="body">
    <xsl:variable name="e" select="exam"/>
    <xsl:choose>
      <xsl:when test="$e"><h1><xsl:value-of select="$e/title"/></h1></xsl:when>
      <xsl:otherwise><h1><xsl:call-template name="msg.examadm.new"/></h1></xsl:otherwise>
    </xsl:choose>
    <p><a href="{$base}/exams"><xsl:call-template name="msg.examadm.title"/></a></p>
    <xsl:if test="$e/@done">
      <p class="note" role="status">
        <xsl:choose>
          <xsl:when test="$e/@done = 'created'"><xsl:call-template name="msg.examadm.created"/></xsl:when>
          <xsl:when test="$e/@done = 'published'"><xsl:call-template name="msg.examadm.published_note"/></xsl:when>
          <xsl:otherwise><xsl:call-template name="msg.saved"/></xsl:otherwise>
        </xsl:choose>
      </p>
    </xsl:if>
    <xsl:if test="$e"><xsl:apply-templates select="$e" mode="summary"/></xsl:if>
    <xsl:if test="$e/@sat &gt; 0"><p class="warn"><xsl:call-template name="msg.examadm.sat_hint"/></p></xsl:if>
    <h2><xsl:call-template name="msg.examadm.settings"/></h2>
    <xsl:variable name="action"><xsl:value-of select="$base"/>/exams<xsl:if test="$e">/<xsl:value-of select="$e/@id"/></xsl:if></xsl:variable>
    <form class="form" method="post" action="{$action}">
      <xsl:call-template name="csrf"/>
      <xsl:call-template name="input">
        <xsl:with-param name="name">title</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.examadm.name"/></xsl:with-param>
        <xsl:with-param name="value" select="$e/title"/>
        <xsl:with-param name="required">1</xsl:with-param>
        <xsl:with-param name="max">200</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="textarea">
        <xsl:with-param name="name">instructions</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.exams.instructions"/></xsl:with-param>
        <xsl:with-param name="value" select="$e/instructions"/>
      </xsl:call-template>
      <xsl:variable name="err" select="/page/errors/error[@field = 'paper']"/>
      <xsl:variable name="cur" select="(/page/posted/field[@name = 'paper'] | $e/@paper)[1]"/>
      <p class="field">
        <label for="f-paper"><xsl:call-template name="msg.paper.one"/></label>
        <select id="f-paper" name="paper" required="required">
          <xsl:if test="$err"><xsl:attribute name="aria-invalid">true</xsl:attribute><xsl:attribute name="aria-describedby">e-paper</xsl:attribute></xsl:if>
          <option value=""><xsl:call-template name="msg.examadm.choose_paper"/></option>
          <xsl:if test="$e and not(papers/paper[@id = $e/@paper])">
            <option value="{$e/@paper}" selected="selected"><xsl:value-of select="$e/@paper-title"/></option>
          </xsl:if>
          <xsl:for-each select="papers/paper">
            <option value="{@id}">
              <xsl:if test="@id = $cur"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
              <xsl:value-of select="."/>
              (<xsl:call-template name="points"><xsl:with-param name="v" select="@pass"/></xsl:call-template>/<xsl:call-template name="points"><xsl:with-param name="v" select="@total"/></xsl:call-template>)
              <xsl:if test="@ready = 0"> · <xsl:call-template name="msg.examadm.not_ready"/></xsl:if>
            </option>
          </xsl:for-each>
        </select>
        <xsl:if test="$err"><span class="ferr" id="e-paper"><xsl:value-of select="$err[1]"/></span></xsl:if>
      </p>
      <xsl:call-template name="select">
        <xsl:with-param name="name">course</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.examadm.course"/></xsl:with-param>
        <xsl:with-param name="items" select="courses/course"/>
        <xsl:with-param name="value" select="$e/@course"/>
        <xsl:with-param name="any"><xsl:call-template name="msg.questions.no_course"/></xsl:with-param>
      </xsl:call-template>
      <p class="meta"><xsl:call-template name="msg.examadm.course_hint"/></p>
      <xsl:call-template name="input">
        <xsl:with-param name="name">opens</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.examadm.opens"/></xsl:with-param>
        <xsl:with-param name="type">datetime-local</xsl:with-param>
        <xsl:with-param name="value" select="translate($e/@opens, ' ', 'T')"/>
        <xsl:with-param name="required">1</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="input">
        <xsl:with-param name="name">closes</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.examadm.closes"/></xsl:with-param>
        <xsl:with-param name="type">datetime-local</xsl:with-param>
        <xsl:with-param name="value" select="translate($e/@closes, ' ', 'T')"/>
        <xsl:with-param name="required">1</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="input">
        <xsl:with-param name="name">minutes</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.examadm.minutes"/></xsl:with-param>
        <xsl:with-param name="type">number</xsl:with-param>
        <xsl:with-param name="value"><xsl:value-of select="$e/@minutes"/><xsl:if test="not($e)">60</xsl:if></xsl:with-param>
        <xsl:with-param name="required">1</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="input">
        <xsl:with-param name="name">attempts</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.examadm.attempts_allowed"/></xsl:with-param>
        <xsl:with-param name="type">number</xsl:with-param>
        <xsl:with-param name="value"><xsl:value-of select="$e/@attempts"/><xsl:if test="not($e)">1</xsl:if></xsl:with-param>
        <xsl:with-param name="required">1</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="input">
        <xsl:with-param name="name">makeups</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.examadm.makeups"/></xsl:with-param>
        <xsl:with-param name="type">number</xsl:with-param>
        <xsl:with-param name="value"><xsl:value-of select="$e/@makeups"/><xsl:if test="not($e)">2</xsl:if></xsl:with-param>
        <xsl:with-param name="required">1</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="input">
        <xsl:with-param name="name">makeup_days</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.examadm.makeup_days"/></xsl:with-param>
        <xsl:with-param name="type">number</xsl:with-param>
        <xsl:with-param name="value"><xsl:value-of select="$e/@makeup-days"/><xsl:if test="not($e)">14</xsl:if></xsl:with-param>
        <xsl:with-param name="required">1</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="exam-check">
        <xsl:with-param name="name">shuffle_questions</xsl:with-param>
        <xsl:with-param name="stored"><xsl:value-of select="$e/@shuffle-questions"/><xsl:if test="not($e)">1</xsl:if></xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.examadm.shuffle_questions"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="exam-check">
        <xsl:with-param name="name">shuffle_options</xsl:with-param>
        <xsl:with-param name="stored"><xsl:value-of select="$e/@shuffle-options"/><xsl:if test="not($e)">1</xsl:if></xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.examadm.shuffle_options"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="exam-check">
        <xsl:with-param name="name">onboarding</xsl:with-param>
        <xsl:with-param name="stored" select="$e/@onboarding"/>
        <xsl:with-param name="label"><xsl:call-template name="msg.examadm.onboarding"/></xsl:with-param>
      </xsl:call-template>
      <p class="field">
        <label for="f-results"><xsl:call-template name="msg.examadm.results"/></label>
        <select id="f-results" name="results">
          <xsl:variable name="r" select="(/page/posted/field[@name = 'results'] | $e/@results)[1]"/>
          <xsl:call-template name="option"><xsl:with-param name="v">auto</xsl:with-param><xsl:with-param name="cur" select="$r"/><xsl:with-param name="label"><xsl:call-template name="msg.examadm.results.auto"/></xsl:with-param></xsl:call-template>
          <xsl:call-template name="option"><xsl:with-param name="v">manual</xsl:with-param><xsl:with-param name="cur" select="$r"/><xsl:with-param name="label"><xsl:call-template name="msg.examadm.results.manual"/></xsl:with-param></xsl:call-template>
        </select>
      </p>
      <p><button type="submit"><xsl:call-template name="msg.save"/></button></p>
    </form>
  </xsl:template>

  <!-- An exam's state, counts, links and the publishing of results kept back. -->
  <xsl:template match="exam" mode="summary">
    <dl class="facts">
      <dt><xsl:call-template name="msg.examadm.state"/></dt>
      <dd><xsl:call-template name="exam-state"><xsl:with-param name="s" select="@state"/></xsl:call-template></dd>
      <dt><xsl:call-template name="msg.exams.window"/></dt><dd><xsl:value-of select="@opens"/> – <xsl:value-of select="@closes"/></dd>
      <dt><xsl:call-template name="msg.paper.one"/></dt><dd><xsl:value-of select="@paper-title"/></dd>
      <dt><xsl:call-template name="msg.examadm.sat"/></dt>
      <dd>
        <a href="{$base}/exams/{@id}/attempts"><xsl:value-of select="@sat"/></a> ·
        <a href="{$base}/exams/{@id}/attempts.csv"><xsl:call-template name="msg.examadm.csv"/></a>
      </dd>
      <dt><xsl:call-template name="msg.grading.waiting"/></dt>
      <dd><a href="{$base}/grading?exam={@id}"><xsl:value-of select="@waiting"/></a></dd>
      <dt><xsl:call-template name="msg.examadm.results"/></dt>
      <dd>
        <xsl:choose>
          <xsl:when test="@results = 'auto'"><xsl:call-template name="msg.examadm.results.auto"/></xsl:when>
          <xsl:when test="@published"><xsl:call-template name="msg.examadm.published"/><xsl:text> </xsl:text><xsl:value-of select="@published"/></xsl:when>
          <xsl:otherwise><xsl:call-template name="msg.examadm.unpublished"/></xsl:otherwise>
        </xsl:choose>
      </dd>
    </dl>
    <xsl:if test="@results = 'manual' and not(@published)">
      <form method="post" action="{$base}/exams/{@id}/publish">
        <xsl:call-template name="csrf"/>
        <p><button type="submit"><xsl:call-template name="msg.examadm.publish"/></button>
          <span class="meta"><xsl:text> </xsl:text><xsl:call-template name="msg.examadm.publish_hint"/></span></p>
      </form>
    </xsl:if>
  </xsl:template>

  <xsl:template match="exam-attempts" mode="body">
    <xsl:variable name="e" select="exam"/>
    <h1><xsl:call-template name="msg.examadm.attempts"/>：<xsl:value-of select="$e/title"/></h1>
    <p>
      <a href="{$base}/exams/{$e/@id}"><xsl:call-template name="msg.examadm.back"/></a> ·
      <a href="{$base}/exams/{$e/@id}/attempts.csv"><xsl:call-template name="msg.examadm.csv"/></a>
    </p>
    <xsl:for-each select="$e/attempts">
      <xsl:call-template name="list-range"/>
      <xsl:choose>
        <xsl:when test="not(attempt)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
        <xsl:otherwise>
          <table class="grid">
            <thead><tr>
              <th scope="col"><xsl:call-template name="msg.examadm.learner"/></th>
              <th scope="col"><xsl:call-template name="msg.examadm.try"/></th>
              <th scope="col"><xsl:call-template name="msg.examadm.state"/></th>
              <th scope="col"><xsl:call-template name="msg.exams.score"/></th>
              <th scope="col"><xsl:call-template name="msg.examadm.passed"/></th>
              <th scope="col"><xsl:call-template name="msg.examadm.started"/></th>
              <th scope="col"><xsl:call-template name="msg.exams.submitted_at"/></th>
            </tr></thead>
            <tbody>
              <xsl:for-each select="attempt">
                <tr>
                  <td>
                    <a href="{$base}/attempts/{@id}"><xsl:value-of select="."/></a>
                    <span class="meta"> · <xsl:value-of select="@login"/><xsl:if test="@dept"> · <xsl:value-of select="@dept"/></xsl:if></span>
                    <xsl:if test="@flagged = 1"><strong class="ferr"><xsl:call-template name="msg.examadm.flagged"/></strong></xsl:if>
                  </td>
                  <td><xsl:call-template name="try"/></td>
                  <td>
                    <xsl:call-template name="attempt-state"><xsl:with-param name="s" select="@state"/></xsl:call-template>
                    <xsl:if test="@submitted-by = 'time'"><span class="meta"> · <xsl:call-template name="msg.exams.by_time"/></span></xsl:if>
                  </td>
                  <td><xsl:if test="@score"><xsl:call-template name="points"><xsl:with-param name="v" select="@score"/></xsl:call-template></xsl:if></td>
                  <td><xsl:call-template name="passed"><xsl:with-param name="v" select="@passed"/></xsl:call-template></td>
                  <td><xsl:value-of select="@started"/></td>
                  <td><xsl:value-of select="@submitted"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="pager"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="grading" mode="body">
    <h1><xsl:call-template name="msg.grading.title"/></h1>
    <p class="meta"><xsl:call-template name="msg.grading.hint"/></p>
    <xsl:call-template name="list-range"/>
    <xsl:choose>
      <xsl:when test="not(attempt)"><p class="empty"><xsl:call-template name="msg.grading.none"/></p></xsl:when>
      <xsl:otherwise>
        <table class="grid">
          <thead><tr>
            <th scope="col"><xsl:call-template name="msg.examadm.name"/></th>
            <th scope="col"><xsl:call-template name="msg.examadm.learner"/></th>
            <th scope="col"><xsl:call-template name="msg.examadm.try"/></th>
            <th scope="col"><xsl:call-template name="msg.exams.submitted_at"/></th>
            <th scope="col"><xsl:call-template name="msg.grading.items_waiting"/></th>
            <th scope="col"><span class="sr"><xsl:call-template name="msg.grading.mark"/></span></th>
          </tr></thead>
          <tbody>
            <xsl:for-each select="attempt">
              <tr>
                <td><a href="{$base}/exams/{@exam}"><xsl:value-of select="@exam-title"/></a></td>
                <td><xsl:value-of select="."/><span class="meta"> · <xsl:value-of select="@login"/></span></td>
                <td><xsl:call-template name="try"/></td>
                <td><xsl:value-of select="@submitted"/></td>
                <td><xsl:value-of select="@waiting"/></td>
                <td><a href="{$base}/attempts/{@id}"><xsl:call-template name="msg.grading.mark"/></a></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <!-- One attempt: who, when, the score; every item with the answer, the key and the marks
       (a form for marking once it is handed in); then its log. -->
  <xsl:template match="attempt" mode="body">
    <h1><xsl:call-template name="msg.exams.attempt"/>：<xsl:value-of select="@name"/></h1>
    <p>
      <a href="{$base}/exams/{@exam}/attempts"><xsl:value-of select="@exam-title"/></a> ·
      <a href="{$base}/grading"><xsl:call-template name="msg.grading.title"/></a>
    </p>
    <xsl:if test="@done"><p class="note" role="status"><xsl:call-template name="msg.grading.saved"/></p></xsl:if>
    <dl class="facts">
      <dt><xsl:call-template name="msg.examadm.learner"/></dt><dd><xsl:value-of select="@name"/> (<xsl:value-of select="@login"/>)</dd>
      <dt><xsl:call-template name="msg.examadm.try"/></dt><dd><xsl:call-template name="try"/></dd>
      <dt><xsl:call-template name="msg.examadm.state"/></dt>
      <dd>
        <xsl:call-template name="attempt-state"><xsl:with-param name="s" select="@state"/></xsl:call-template>
        <xsl:if test="@submitted-by = 'time'"> · <xsl:call-template name="msg.exams.by_time"/></xsl:if>
      </dd>
      <dt><xsl:call-template name="msg.exams.score"/></dt>
      <dd>
        <xsl:choose>
          <xsl:when test="@score"><xsl:call-template name="points"><xsl:with-param name="v" select="@score"/></xsl:call-template></xsl:when>
          <xsl:otherwise>–</xsl:otherwise>
        </xsl:choose>
        <xsl:text> / </xsl:text>
        <xsl:call-template name="points"><xsl:with-param name="v" select="@total"/></xsl:call-template>
        <xsl:if test="@passed != ''"> · <xsl:call-template name="passed"><xsl:with-param name="v" select="@passed"/></xsl:call-template></xsl:if>
      </dd>
      <dt><xsl:call-template name="msg.examadm.started"/></dt><dd><xsl:value-of select="@started"/> – <xsl:value-of select="@ends"/></dd>
      <xsl:if test="@submitted"><dt><xsl:call-template name="msg.exams.submitted_at"/></dt><dd><xsl:value-of select="@submitted"/></dd></xsl:if>
      <xsl:if test="@graded"><dt><xsl:call-template name="msg.grading.graded_at"/></dt><dd><xsl:value-of select="@graded"/></dd></xsl:if>
    </dl>
    <h2><xsl:call-template name="msg.grading.items"/></h2>
    <xsl:choose>
      <xsl:when test="@state = 'open'">
        <p class="meta"><xsl:call-template name="msg.grading.still_open"/></p>
        <xsl:apply-templates select="items/item" mode="attempt"/>
      </xsl:when>
      <xsl:otherwise>
        <form method="post" action="{$base}/attempts/{@id}/marks">
          <xsl:call-template name="csrf"/>
          <p class="meta" id="f-marks"><xsl:call-template name="msg.grading.form_hint"/></p>
          <xsl:apply-templates select="items/item" mode="attempt"/>
          <p><button type="submit"><xsl:call-template name="msg.grading.save"/></button></p>
        </form>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:apply-templates select="log"/>
  </xsl:template>

  <xsl:template match="item" mode="attempt">
    <xsl:variable name="q" select="question"/>
    <xsl:variable name="a" select="answer"/>
    <section class="item">
      <h3>
        <xsl:value-of select="@position"/>.
        <xsl:call-template name="question-kind"><xsl:with-param name="k" select="$q/@kind"/></xsl:call-template>
        <span class="meta"> (<xsl:call-template name="points"><xsl:with-param name="v" select="@points"/></xsl:call-template><xsl:call-template name="msg.exams.points"/>)</span>
        <xsl:if test="@waiting = 1"><strong class="ferr"><xsl:text> </xsl:text><xsl:call-template name="msg.grading.item_waiting"/></strong></xsl:if>
      </h3>
      <p class="stem"><xsl:value-of select="$q/stem"/></p>
      <xsl:if test="$q/option">
        <ul class="options">
          <xsl:for-each select="$q/option">
            <li>
              <xsl:value-of select="@letter"/>. <xsl:value-of select="."/>
              <xsl:if test="contains($a, @letter)"><strong> · <xsl:call-template name="msg.exams.your_choice"/></strong></xsl:if>
              <xsl:if test="contains($q/key, @letter)"><span class="meta"> · <xsl:call-template name="msg.exams.right_answer"/></span></xsl:if>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:if>
      <dl class="facts">
        <dt><xsl:call-template name="msg.examadm.answer"/></dt>
        <dd>
          <xsl:choose>
            <xsl:when test="not($a) or $a = ''"><xsl:call-template name="msg.exams.no_answer"/></xsl:when>
            <xsl:otherwise><xsl:call-template name="answer-text"><xsl:with-param name="kind" select="$q/@kind"/><xsl:with-param name="a" select="$a"/></xsl:call-template></xsl:otherwise>
          </xsl:choose>
          <xsl:if test="@saved"><span class="meta"> · <xsl:value-of select="@saved"/></span></xsl:if>
        </dd>
        <dt>
          <xsl:choose>
            <xsl:when test="$q/@kind = 'short'"><xsl:call-template name="msg.exams.reference"/></xsl:when>
            <xsl:otherwise><xsl:call-template name="msg.exams.right_answer"/></xsl:otherwise>
          </xsl:choose>
        </dt>
        <dd><xsl:call-template name="answer-text"><xsl:with-param name="kind" select="$q/@kind"/><xsl:with-param name="a" select="$q/key"/></xsl:call-template></dd>
        <xsl:if test="$q/explanation"><dt><xsl:call-template name="msg.exams.explanation"/></dt><dd><xsl:value-of select="$q/explanation"/></dd></xsl:if>
        <xsl:if test="@auto"><dt><xsl:call-template name="msg.grading.auto"/></dt><dd><xsl:call-template name="points"><xsl:with-param name="v" select="@auto"/></xsl:call-template></dd></xsl:if>
        <xsl:if test="@mark">
          <dt><xsl:call-template name="msg.grading.person_mark"/></dt>
          <dd>
            <xsl:call-template name="points"><xsl:with-param name="v" select="@mark"/></xsl:call-template>
            <span class="meta"> · <xsl:value-of select="@marked-by"/> · <xsl:value-of select="@marked-at"/></span>
          </dd>
        </xsl:if>
        <xsl:if test="comment and ../../@state = 'open'"><dt><xsl:call-template name="msg.exams.comment"/></dt><dd><xsl:value-of select="comment"/></dd></xsl:if>
      </dl>
      <xsl:if test="../../@state != 'open'"><xsl:call-template name="mark-fields"/></xsl:if>
    </section>
  </xsl:template>

  <!-- The marking fields of an item: a short answer's mark and comment; for the others an optional mark over the automatic one. -->
  <xsl:template name="mark-fields">
    <xsl:variable name="m" select="concat('mark_', @position)"/>
    <xsl:variable name="c" select="concat('comment_', @position)"/>
    <xsl:variable name="posted" select="/page/posted/field[@name = $m]"/>
    <xsl:variable name="err" select="/page/errors/error[@field = $m]"/>
    <p class="field">
      <label for="f-{$m}">
        <xsl:choose>
          <xsl:when test="question/@kind = 'short'"><xsl:call-template name="msg.grading.mark_label"/></xsl:when>
          <xsl:otherwise><xsl:call-template name="msg.grading.override_label"/></xsl:otherwise>
        </xsl:choose>
        <xsl:text> (0–</xsl:text><xsl:call-template name="points"><xsl:with-param name="v" select="@points"/></xsl:call-template>)
      </label>
      <input id="f-{$m}" name="{$m}" size="6" maxlength="8" inputmode="decimal">
        <xsl:attribute name="value">
          <xsl:choose>
            <xsl:when test="$posted"><xsl:value-of select="$posted"/></xsl:when>
            <xsl:when test="@mark"><xsl:call-template name="points"><xsl:with-param name="v" select="@mark"/></xsl:call-template></xsl:when>
          </xsl:choose>
        </xsl:attribute>
        <xsl:if test="$err"><xsl:attribute name="aria-invalid">true</xsl:attribute><xsl:attribute name="aria-describedby">e-<xsl:value-of select="$m"/></xsl:attribute></xsl:if>
      </input>
      <xsl:if test="$err"><span class="ferr" id="e-{$m}"><xsl:value-of select="$err[1]"/></span></xsl:if>
    </p>
    <xsl:if test="question/@kind = 'short' or comment">
      <xsl:call-template name="textarea">
        <xsl:with-param name="name" select="$c"/>
        <xsl:with-param name="label"><xsl:call-template name="msg.exams.comment"/></xsl:with-param>
        <xsl:with-param name="value" select="comment"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="log">
    <h2><xsl:call-template name="msg.grading.log"/></h2>
    <xsl:choose>
      <xsl:when test="not(event)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
      <xsl:otherwise>
        <table class="grid">
          <thead><tr>
            <th scope="col"><xsl:call-template name="msg.grading.log_at"/></th>
            <th scope="col"><xsl:call-template name="msg.grading.log_event"/></th>
            <th scope="col"><xsl:call-template name="msg.grading.log_item"/></th>
            <th scope="col"><xsl:call-template name="msg.grading.log_detail"/></th>
            <th scope="col"><xsl:call-template name="msg.grading.log_ip"/></th>
          </tr></thead>
          <tbody>
            <xsl:for-each select="event">
              <tr>
                <td><xsl:value-of select="@at"/></td>
                <td><xsl:call-template name="log-event"><xsl:with-param name="e" select="@event"/></xsl:call-template></td>
                <td><xsl:value-of select="@position"/></td>
                <td><xsl:if test="@event = 'save'">#<xsl:value-of select="@id"/> · </xsl:if><xsl:value-of select="."/></td>
                <td><xsl:value-of select="@ip"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
        <xsl:if test="@more"><p class="meta"><xsl:call-template name="msg.grading.log_more"/></p></xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="log-event">
    <xsl:param name="e"/>
    <xsl:choose>
      <xsl:when test="$e = 'start'"><xsl:call-template name="msg.grading.ev.start"/></xsl:when>
      <xsl:when test="$e = 'resume'"><xsl:call-template name="msg.grading.ev.resume"/></xsl:when>
      <xsl:when test="$e = 'save'"><xsl:call-template name="msg.grading.ev.save"/></xsl:when>
      <xsl:when test="$e = 'leave'"><xsl:call-template name="msg.grading.ev.leave"/></xsl:when>
      <xsl:when test="$e = 'refused'"><xsl:call-template name="msg.grading.ev.refused"/></xsl:when>
      <xsl:when test="$e = 'submit'"><xsl:call-template name="msg.grading.ev.submit"/></xsl:when>
      <xsl:when test="$e = 'timeout'"><xsl:call-template name="msg.grading.ev.timeout"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.grading.ev.mark"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
