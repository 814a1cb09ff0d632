<?xml version="1.0" encoding="UTF-8"?>
<!-- exams.xsl - the learner's exams on the portal and on phones: My exams, an exam's page,
     the paper (whole on the portal, one question a page on phones, without scripts), the
     receipt of each save, and the result. Points arrive in tenths. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="page[@name='exams']" mode="title"><xsl:call-template name="msg.exams.title"/></xsl:template>
  <xsl:template match="page[@name='exam']" mode="title"><xsl:value-of select="exam/text()[1]"/></xsl:template>
  <xsl:template match="page[@name='attempt']" mode="title"><xsl:value-of select="attempt/@title"/></xsl:template>
  <xsl:template match="page[@name='attempt-result']" mode="title">
    <xsl:call-template name="msg.exams.result"/><xsl:text>: </xsl:text><xsl:value-of select="attempt-result/@title"/>
  </xsl:template>

  <!-- Tenths as points: 45 as 4.5. -->
  <xsl:template name="ex-points">
    <xsl:param name="t"/>
    <xsl:value-of select="format-number($t div 10, '0.#')"/>
  </xsl:template>

  <!-- The learner's attempt in progress, the way back to it. -->
  <xsl:template match="in-progress">
    <p class="warn" role="status">
      <xsl:call-template name="msg.exams.in_progress"/><xsl:text> </xsl:text>
      <a href="{$base}/attempts/{@attempt}"><xsl:value-of select="."/> · <xsl:call-template name="msg.exams.continue"/></a>
    </p>
  </xsl:template>

  <!-- Why a start is refused, in the catalogue's words (err.*). -->
  <xsl:template name="ex-why">
    <xsl:param name="why"/>
    <xsl:choose>
      <xsl:when test="$why = 'exam_passed'"><xsl:call-template name="err.exam_passed"/></xsl:when>
      <xsl:when test="$why = 'exam_waiting'"><xsl:call-template name="err.exam_waiting"/></xsl:when>
      <xsl:when test="$why = 'exam_not_open'"><xsl:call-template name="err.exam_not_open"/></xsl:when>
      <xsl:when test="$why = 'exam_overdue'"><xsl:call-template name="err.exam_overdue"/></xsl:when>
      <xsl:when test="$why = 'exam_closed'"><xsl:call-template name="err.exam_closed"/></xsl:when>
      <xsl:when test="$why = 'exam_no_tries'"><xsl:call-template name="err.exam_no_tries"/></xsl:when>
      <xsl:when test="$why = 'exam_makeup_over'"><xsl:call-template name="err.exam_makeup_over"/></xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- My exams: open now, upcoming, finished. -->
  <xsl:template match="exams" mode="body">
    <h1><xsl:call-template name="msg.exams.title"/></h1>
    <xsl:apply-templates select="in-progress"/>
    <h2><xsl:call-template name="msg.exams.open"/></h2>
    <xsl:call-template name="ex-list"><xsl:with-param name="items" select="exam[@bucket = 'open']"/></xsl:call-template>
    <h2><xsl:call-template name="msg.exams.upcoming"/></h2>
    <xsl:call-template name="ex-list"><xsl:with-param name="items" select="exam[@bucket = 'upcoming']"/></xsl:call-template>
    <h2><xsl:call-template name="msg.exams.finished"/></h2>
    <xsl:call-template name="ex-list">
      <xsl:with-param name="items" select="exam[@bucket = 'finished']"/>
      <xsl:with-param name="order">descending</xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Exams by their close, the soonest first (the latest first for finished ones). -->
  <xsl:template name="ex-list">
    <xsl:param name="items"/>
    <xsl:param name="order">ascending</xsl:param>
    <xsl:choose>
      <xsl:when test="not($items)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
      <xsl:otherwise>
        <ul class="list">
          <xsl:for-each select="$items">
            <xsl:sort select="@closes" order="{$order}"/>
            <li>
              <a href="{$base}/exams/{@id}"><xsl:value-of select="."/></a>
              <span class="meta">
                <xsl:if test="@course-name"><xsl:value-of select="@course-name"/><xsl:text> · </xsl:text></xsl:if>
                <xsl:value-of select="@opens"/> – <xsl:value-of select="@closes"/>
                <xsl:text> · </xsl:text><xsl:value-of select="@minutes"/><xsl:text> </xsl:text><xsl:call-template name="msg.exams.minutes"/>
                <xsl:apply-templates select="." mode="ex-standing"/>
              </span>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Where the learner stands: what they may do now, or how it ended. -->
  <xsl:template match="exam" mode="ex-standing">
    <xsl:text> · </xsl:text>
    <xsl:choose>
      <xsl:when test="@can = 'continue'"><xsl:call-template name="msg.exams.in_progress_short"/></xsl:when>
      <xsl:when test="@can = 'regular'">
        <xsl:call-template name="msg.exams.tries_left"/><xsl:text> </xsl:text><xsl:value-of select="@tries-left"/>
        <xsl:text> · </xsl:text><xsl:call-template name="msg.exams.until"/><xsl:text> </xsl:text><xsl:value-of select="@closes"/>
      </xsl:when>
      <xsl:when test="@can = 'makeup'">
        <xsl:call-template name="msg.exams.makeup_available"/><xsl:text> </xsl:text><xsl:value-of select="@makeups - @makeups-used"/>
        <xsl:text> · </xsl:text><xsl:call-template name="msg.exams.until"/><xsl:text> </xsl:text><xsl:value-of select="@makeup-until"/>
      </xsl:when>
      <xsl:when test="@passed = 1"><xsl:call-template name="msg.exams.passed"/></xsl:when>
      <xsl:when test="@flagged = 1"><xsl:call-template name="msg.exams.failed_all"/></xsl:when>
      <xsl:when test="@passed = 0"><xsl:call-template name="msg.exams.failed"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="ex-why"><xsl:with-param name="why" select="@why"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="@best">
      <xsl:text> · </xsl:text><xsl:call-template name="msg.exams.best"/><xsl:text> </xsl:text>
      <xsl:call-template name="ex-points"><xsl:with-param name="t" select="@best"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- An exam: its rules, the learner's tries, and the way in. -->
  <xsl:template match="exam" mode="body">
    <h1><xsl:value-of select="text()[1]"/></h1>
    <xsl:apply-templates select="in-progress[@exam != current()/@id]"/>
    <dl class="facts">
      <xsl:if test="@course-name">
        <dt><xsl:call-template name="msg.exams.course"/></dt>
        <dd><a href="{$base}/courses/{@course}"><xsl:value-of select="@course-name"/></a></dd>
      </xsl:if>
      <dt><xsl:call-template name="msg.exams.window"/></dt><dd><xsl:value-of select="@opens"/> – <xsl:value-of select="@closes"/></dd>
      <dt><xsl:call-template name="msg.exams.time_limit"/></dt><dd><xsl:value-of select="@minutes"/><xsl:text> </xsl:text><xsl:call-template name="msg.exams.minutes"/></dd>
      <dt><xsl:call-template name="msg.exams.pass_line"/></dt>
      <dd>
        <xsl:call-template name="ex-points"><xsl:with-param name="t" select="@pass"/></xsl:call-template> / <xsl:call-template name="ex-points"><xsl:with-param name="t" select="@total"/></xsl:call-template>
      </dd>
      <dt><xsl:call-template name="msg.exams.tries"/></dt>
      <dd><xsl:value-of select="@tries-used"/> / <xsl:value-of select="@attempts"/></dd>
      <dt><xsl:call-template name="msg.exams.makeups"/></dt>
      <dd>
        <xsl:value-of select="@makeups-used"/> / <xsl:value-of select="@makeups"/>
        <xsl:text> (</xsl:text><xsl:call-template name="msg.exams.makeup_rule"><xsl:with-param name="days" select="@makeup-days"/></xsl:call-template><xsl:text>)</xsl:text>
      </dd>
      <xsl:if test="@due">
        <dt><xsl:call-template name="msg.plan.exam_due"/></dt><dd><xsl:value-of select="@due"/></dd>
      </xsl:if>
    </dl>
    <xsl:if test="instructions">
      <section aria-labelledby="h-instr">
        <h2 id="h-instr"><xsl:call-template name="msg.exams.instructions"/></h2>
        <p class="text"><xsl:value-of select="instructions"/></p>
      </section>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="@can = 'continue'">
        <p><a class="button" href="{$base}/attempts/{@open-attempt}"><xsl:call-template name="msg.exams.continue"/></a></p>
      </xsl:when>
      <xsl:when test="@can = 'regular' or @can = 'makeup'">
        <form class="form" method="post" action="{$base}/exams/{@id}/start">
          <xsl:call-template name="csrf"/>
          <xsl:if test="@can = 'makeup'">
            <p class="note"><xsl:call-template name="msg.exams.makeup_available"/><xsl:text> · </xsl:text><xsl:call-template name="msg.exams.until"/><xsl:text> </xsl:text><xsl:value-of select="@makeup-until"/></p>
          </xsl:if>
          <p><button type="submit">
            <xsl:choose>
              <xsl:when test="@can = 'makeup'"><xsl:call-template name="msg.exams.start_makeup"/></xsl:when>
              <xsl:otherwise><xsl:call-template name="msg.exams.start"/></xsl:otherwise>
            </xsl:choose>
          </button></p>
        </form>
      </xsl:when>
      <xsl:otherwise>
        <p class="note"><xsl:call-template name="ex-why"><xsl:with-param name="why" select="@why"/></xsl:call-template></p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="attempt">
      <h2><xsl:call-template name="msg.exams.my_tries"/></h2>
      <ul class="list">
        <xsl:for-each select="attempt">
          <li>
            <span>
              <xsl:call-template name="ex-attempt-name"/>
              <xsl:text> · </xsl:text><xsl:value-of select="@started"/>
            </span>
            <span class="meta">
              <xsl:call-template name="ex-attempt-state"/>
              <xsl:if test="@state != 'open'"><xsl:text> · </xsl:text><a href="{$base}/attempts/{@id}/result"><xsl:call-template name="msg.exams.result"/></a></xsl:if>
            </span>
          </li>
        </xsl:for-each>
      </ul>
    </xsl:if>
  </xsl:template>

  <!-- "第 2 次" or "补考 1". -->
  <xsl:template name="ex-attempt-name">
    <xsl:choose>
      <xsl:when test="@makeup = 1"><xsl:call-template name="msg.exams.makeup"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.exams.try"><xsl:with-param name="n" select="@seq"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- In progress, waiting for results, or the score and pass. -->
  <xsl:template name="ex-attempt-state">
    <xsl:choose>
      <xsl:when test="@state = 'open'"><xsl:call-template name="msg.exams.in_progress_short"/></xsl:when>
      <xsl:when test="@score">
        <xsl:call-template name="ex-points"><xsl:with-param name="t" select="@score"/></xsl:call-template>
        <xsl:call-template name="msg.exams.points"/><xsl:text> · </xsl:text>
        <xsl:choose>
          <xsl:when test="@passed = 1"><xsl:call-template name="msg.exams.passed"/></xsl:when>
          <xsl:otherwise><xsl:call-template name="msg.exams.failed"/></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.exams.awaiting"/></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="@by = 'time'"><xsl:text> · </xsl:text><xsl:call-template name="msg.exams.by_time"/></xsl:if>
  </xsl:template>

  <!-- The paper: time left (from the server), the receipt of the last save, the questions. -->
  <xsl:template match="attempt" mode="body">
    <h1>
      <xsl:value-of select="@title"/><xsl:text> · </xsl:text><xsl:call-template name="ex-attempt-name"/>
    </h1>
    <xsl:choose>
      <xsl:when test="@state != 'open'">
        <p class="note" role="status">
          <xsl:choose>
            <xsl:when test="@by = 'time'"><xsl:call-template name="msg.exams.submitted_by_time"/></xsl:when>
            <xsl:otherwise><xsl:call-template name="msg.exams.submitted"/></xsl:otherwise>
          </xsl:choose>
        </p>
        <p><a href="{$base}/attempts/{@id}/result"><xsl:call-template name="msg.exams.result"/></a></p>
      </xsl:when>
      <xsl:otherwise>
        <p class="timer" role="timer" id="timer" data-left="{@left}">
          <xsl:call-template name="msg.exams.time_left"/><xsl:text> </xsl:text>
          <strong id="left"><xsl:value-of select="floor(@left div 60)"/><xsl:call-template name="msg.exams.min"/><xsl:value-of select="@left mod 60"/><xsl:call-template name="msg.exams.sec"/></strong>
          <xsl:text> · </xsl:text><xsl:call-template name="msg.exams.ends"/><xsl:text> </xsl:text><xsl:value-of select="@ends"/>
          <xsl:text> · </xsl:text><xsl:call-template name="msg.exams.answered"/><xsl:text> </xsl:text><xsl:value-of select="@answered"/> / <xsl:value-of select="@items"/>
        </p>
        <p class="note" role="status" id="receipt">
          <xsl:if test="not(receipt)"><xsl:attribute name="hidden">hidden</xsl:attribute></xsl:if>
          <xsl:apply-templates select="receipt"/>
        </p>
        <xsl:choose>
          <xsl:when test="/page/@surface = 'mobile'"><xsl:call-template name="ex-paper-one"/></xsl:when>
          <xsl:otherwise><xsl:call-template name="ex-paper-whole"/></xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="receipt">
    <xsl:call-template name="msg.exams.saved"/><xsl:text> </xsl:text><xsl:value-of select="@at"/>
    <xsl:text> · </xsl:text><xsl:call-template name="msg.exams.receipt"/><xsl:text> #</xsl:text><xsl:value-of select="@id"/>
  </xsl:template>

  <!-- The portal: every question in one form; saving posts them all. The script only
       counts down and saves each question as it is answered. -->
  <xsl:template name="ex-paper-whole">
    <xsl:variable name="saved"><xsl:call-template name="msg.exams.saved"/></xsl:variable>
    <xsl:variable name="receipt"><xsl:call-template name="msg.exams.receipt"/></xsl:variable>
    <form class="paper" id="paper" method="post" action="{$base}/attempts/{@id}/answers"
          data-saved="{$saved}" data-receipt="{$receipt}">
      <xsl:call-template name="csrf"/>
      <input type="hidden" name="shown">
        <xsl:attribute name="value"><xsl:for-each select="item"><xsl:if test="position() &gt; 1">,</xsl:if><xsl:value-of select="@position"/></xsl:for-each></xsl:attribute>
      </input>
      <xsl:apply-templates select="item" mode="ex-take"/>
      <p class="actions">
        <button type="submit"><xsl:call-template name="msg.exams.save"/></button>
        <xsl:text> </xsl:text>
        <button type="submit" class="submit" formaction="{$base}/attempts/{@id}/submit"><xsl:call-template name="msg.exams.submit"/></button>
      </p>
    </form>
    <script src="/static/exam.js?v={/page/@asset}" defer="defer"></script>
  </xsl:template>

  <!-- Phones: one question a page, the others in an index; each move saves this one. -->
  <xsl:template name="ex-paper-one">
    <xsl:variable name="cur" select="number(@current)"/>
    <xsl:variable name="label"><xsl:call-template name="msg.exams.index"/></xsl:variable>
    <nav class="qindex" aria-label="{$label}">
      <xsl:for-each select="item">
        <xsl:choose>
          <xsl:when test="@position = $cur"><strong aria-current="page"><xsl:value-of select="@position"/></strong></xsl:when>
          <xsl:otherwise>
            <a href="?q={@position}">
              <xsl:value-of select="@position"/><xsl:if test="@answered"><xsl:text>✓</xsl:text></xsl:if>
            </a>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:text> </xsl:text>
      </xsl:for-each>
    </nav>
    <form method="post" action="{$base}/attempts/{@id}/answers">
      <xsl:call-template name="csrf"/>
      <input type="hidden" name="shown" value="{$cur}"/>
      <xsl:apply-templates select="item[@position = $cur]" mode="ex-take"/>
      <p class="actions">
        <xsl:if test="item[@position = $cur + 1]">
          <button type="submit" name="to" value="{$cur + 1}"><xsl:call-template name="msg.exams.save_next"/></button>
          <xsl:text> </xsl:text>
        </xsl:if>
        <button type="submit" name="to" value="{$cur}"><xsl:call-template name="msg.exams.save"/></button>
        <xsl:if test="$cur &gt; 1">
          <xsl:text> </xsl:text>
          <button type="submit" name="to" value="{$cur - 1}"><xsl:call-template name="msg.exams.save_prev"/></button>
        </xsl:if>
      </p>
      <p class="actions">
        <button type="submit" formaction="{$base}/attempts/{@id}/submit"><xsl:call-template name="msg.exams.submit"/></button>
      </p>
    </form>
  </xsl:template>

  <!-- "第 3 题 · 单选题 · 2 分" -->
  <xsl:template name="ex-item-title">
    <xsl:call-template name="msg.exams.question"><xsl:with-param name="n" select="@position"/></xsl:call-template>
    <xsl:text> · </xsl:text>
    <xsl:choose>
      <xsl:when test="@kind = 'single'"><xsl:call-template name="msg.exams.kind.single"/></xsl:when>
      <xsl:when test="@kind = 'multiple'"><xsl:call-template name="msg.exams.kind.multiple"/></xsl:when>
      <xsl:when test="@kind = 'truefalse'"><xsl:call-template name="msg.exams.kind.truefalse"/></xsl:when>
      <xsl:when test="@kind = 'fill'"><xsl:call-template name="msg.exams.kind.fill"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.exams.kind.short"/></xsl:otherwise>
    </xsl:choose>
    <xsl:text> · </xsl:text>
    <xsl:call-template name="ex-points"><xsl:with-param name="t" select="@points"/></xsl:call-template>
    <xsl:call-template name="msg.exams.points"/>
  </xsl:template>

  <!-- One question as a fieldset: every input labelled; a field error names it. -->
  <xsl:template match="item" mode="ex-take">
    <xsl:variable name="name" select="concat('a', @position)"/>
    <xsl:variable name="err" select="/page/errors/error[@field = $name]"/>
    <fieldset class="item" id="f-{$name}" data-q="{@position}">
      <legend><xsl:call-template name="ex-item-title"/></legend>
      <p class="stem"><xsl:value-of select="stem"/></p>
      <xsl:if test="$err"><p class="ferr" id="e-{$name}"><xsl:value-of select="$err[1]"/></p></xsl:if>
      <xsl:choose>
        <xsl:when test="@kind = 'single' or @kind = 'multiple'">
          <xsl:variable name="type"><xsl:choose><xsl:when test="@kind = 'single'">radio</xsl:when><xsl:otherwise>checkbox</xsl:otherwise></xsl:choose></xsl:variable>
          <xsl:for-each select="option">
            <label class="opt" for="f-{$name}-{@letter}">
              <input type="{$type}" id="f-{$name}-{@letter}" name="{$name}" value="{@letter}">
                <xsl:if test="@chosen"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
              </input>
              <xsl:text> </xsl:text><xsl:value-of select="@letter"/><xsl:text>. </xsl:text><xsl:value-of select="."/>
            </label>
          </xsl:for-each>
        </xsl:when>
        <xsl:when test="@kind = 'truefalse'">
          <label class="opt" for="f-{$name}-T">
            <input type="radio" id="f-{$name}-T" name="{$name}" value="T">
              <xsl:if test="@answer = 'T'"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
            </input>
            <xsl:text> </xsl:text><xsl:call-template name="msg.exams.true"/>
          </label>
          <label class="opt" for="f-{$name}-F">
            <input type="radio" id="f-{$name}-F" name="{$name}" value="F">
              <xsl:if test="@answer = 'F'"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
            </input>
            <xsl:text> </xsl:text><xsl:call-template name="msg.exams.false"/>
          </label>
        </xsl:when>
        <xsl:when test="@kind = 'fill'">
          <xsl:for-each select="blank">
            <p class="field">
              <label for="f-{$name}-{@n}"><xsl:call-template name="msg.exams.blank"><xsl:with-param name="n" select="@n"/></xsl:call-template></label>
              <input type="text" id="f-{$name}-{@n}" name="{$name}" maxlength="200" value="{.}"/>
            </p>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise>
          <p class="field">
            <label for="f-{$name}-t"><xsl:call-template name="msg.exams.your_answer"/></label>
            <textarea id="f-{$name}-t" name="{$name}" rows="6" maxlength="4000"><xsl:value-of select="answer"/></textarea>
          </p>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="@saved"><p class="meta"><xsl:call-template name="msg.exams.saved"/><xsl:text> </xsl:text><xsl:value-of select="@saved"/></p></xsl:if>
    </fieldset>
  </xsl:template>

  <!-- The result: the score once out; each answer, its mark and comment; the key and
       its explanation only then. -->
  <xsl:template match="attempt-result" mode="body">
    <h1><xsl:call-template name="msg.exams.result"/>: <a href="{$base}/exams/{@exam}"><xsl:value-of select="@title"/></a></h1>
    <dl class="facts">
      <dt><xsl:call-template name="msg.exams.attempt"/></dt><dd><xsl:call-template name="ex-attempt-name"/></dd>
      <dt><xsl:call-template name="msg.exams.submitted_at"/></dt>
      <dd><xsl:value-of select="@submitted"/><xsl:if test="@by = 'time'"><xsl:text> · </xsl:text><xsl:call-template name="msg.exams.by_time"/></xsl:if></dd>
      <dt><xsl:call-template name="msg.exams.score"/></dt>
      <dd><xsl:call-template name="ex-attempt-state"/>
        <xsl:if test="@score"> (<xsl:call-template name="msg.exams.pass_line"/><xsl:text> </xsl:text><xsl:call-template name="ex-points"><xsl:with-param name="t" select="@pass"/></xsl:call-template> / <xsl:call-template name="ex-points"><xsl:with-param name="t" select="@total"/></xsl:call-template>)</xsl:if>
      </dd>
    </dl>
    <xsl:apply-templates select="item" mode="ex-result"/>
  </xsl:template>

  <xsl:template match="item" mode="ex-result">
    <section class="item">
      <h2><xsl:call-template name="ex-item-title"/></h2>
      <p class="stem"><xsl:value-of select="stem"/></p>
      <xsl:if test="option">
        <ul class="opts">
          <xsl:for-each select="option">
            <li>
              <xsl:value-of select="@letter"/><xsl:text>. </xsl:text><xsl:value-of select="."/>
              <xsl:if test="@chosen"><xsl:text> · </xsl:text><strong><xsl:call-template name="msg.exams.your_choice"/></strong></xsl:if>
              <xsl:if test="@key"><xsl:text> · </xsl:text><strong><xsl:call-template name="msg.exams.right_answer"/></strong></xsl:if>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:if>
      <dl class="facts">
        <xsl:if test="@kind = 'truefalse'">
          <dt><xsl:call-template name="msg.exams.your_answer"/></dt><dd><xsl:call-template name="ex-tf"><xsl:with-param name="v" select="@answer"/></xsl:call-template></dd>
          <xsl:if test="@key"><dt><xsl:call-template name="msg.exams.right_answer"/></dt><dd><xsl:call-template name="ex-tf"><xsl:with-param name="v" select="@key"/></xsl:call-template></dd></xsl:if>
        </xsl:if>
        <xsl:for-each select="blank">
          <dt><xsl:call-template name="msg.exams.blank"><xsl:with-param name="n" select="@n"/></xsl:call-template></dt>
          <dd><xsl:call-template name="ex-given"><xsl:with-param name="v" select="."/></xsl:call-template><xsl:if test="@key"><xsl:text> · </xsl:text><xsl:call-template name="msg.exams.right_answer"/>: <xsl:value-of select="translate(@key, '|', '/')"/></xsl:if></dd>
        </xsl:for-each>
        <xsl:if test="@kind = 'short'">
          <dt><xsl:call-template name="msg.exams.your_answer"/></dt><dd class="text"><xsl:call-template name="ex-given"><xsl:with-param name="v" select="answer"/></xsl:call-template></dd>
          <xsl:if test="key"><dt><xsl:call-template name="msg.exams.reference"/></dt><dd class="text"><xsl:value-of select="key"/></dd></xsl:if>
        </xsl:if>
        <xsl:if test="@score">
          <dt><xsl:call-template name="msg.exams.mark"/></dt>
          <dd>
            <xsl:call-template name="ex-points"><xsl:with-param name="t" select="@score"/></xsl:call-template> / <xsl:call-template name="ex-points"><xsl:with-param name="t" select="@points"/></xsl:call-template>
            <xsl:text> · </xsl:text>
            <xsl:choose>
              <xsl:when test="@right = 'yes'"><xsl:call-template name="msg.exams.right"/></xsl:when>
              <xsl:when test="@right = 'part'"><xsl:call-template name="msg.exams.part"/></xsl:when>
              <xsl:otherwise><xsl:call-template name="msg.exams.wrong"/></xsl:otherwise>
            </xsl:choose>
          </dd>
        </xsl:if>
        <xsl:if test="comment"><dt><xsl:call-template name="msg.exams.comment"/></dt><dd class="text"><xsl:value-of select="comment"/></dd></xsl:if>
        <xsl:if test="explanation"><dt><xsl:call-template name="msg.exams.explanation"/></dt><dd class="text"><xsl:value-of select="explanation"/></dd></xsl:if>
      </dl>
    </section>
  </xsl:template>

  <!-- What the learner wrote, or that they wrote nothing. -->
  <xsl:template name="ex-given">
    <xsl:param name="v"/>
    <xsl:choose>
      <xsl:when test="string($v) != ''"><xsl:value-of select="$v"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.exams.no_answer"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="ex-tf">
    <xsl:param name="v"/>
    <xsl:choose>
      <xsl:when test="$v = 'T'"><xsl:call-template name="msg.exams.true"/></xsl:when>
      <xsl:when test="$v = 'F'"><xsl:call-template name="msg.exams.false"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.exams.no_answer"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
