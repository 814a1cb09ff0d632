<?xml version="1.0" encoding="UTF-8"?>
<!-- homework.xsl - homework (作业) in the back office: the list with its counts, the form, who has
     and has not handed in, grading one submission, returning it for rework. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:include href="../common/homework.xsl"/>

  <xsl:template match="page[@name='homework-admin']" mode="title"><xsl:call-template name="msg.hw.title"/></xsl:template>
  <xsl:template match="page[@name='homework-edit']" mode="title">
    <xsl:choose>
      <xsl:when test="homework-edit/homework"><xsl:value-of select="homework-edit/homework"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.hw.new"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="page[@name='submission']" mode="title"><xsl:value-of select="submission/title"/> · <xsl:value-of select="submission/@learner"/></xsl:template>

  <!-- A submission's state as the lecturer sees it. -->
  <xsl:template name="hw-state">
    <xsl:param name="s" select="@state"/>
    <xsl:choose>
      <xsl:when test="$s = 'submitted'"><xsl:call-template name="msg.hw.state.submitted"/></xsl:when>
      <xsl:when test="$s = 'returned'"><xsl:call-template name="msg.hw.state.returned"/></xsl:when>
      <xsl:when test="$s = 'graded'"><xsl:call-template name="msg.hw.state.graded"/></xsl:when>
      <xsl:when test="$s = 'late'"><xsl:call-template name="msg.hw.late"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.hw.state.missing"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="homeworks" mode="body">
    <h1><xsl:call-template name="msg.hw.title"/></h1>
    <xsl:if test="@done = 'deleted'"><p class="note" role="status"><xsl:call-template name="msg.hw.deleted"/></p></xsl:if>
    <p><a href="{$base}/homework/new"><xsl:call-template name="msg.hw.new"/></a></p>
    <form class="filters" method="get" action="{$base}/homework">
      <xsl:call-template name="select">
        <xsl:with-param name="name">course</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.courses.name"/></xsl:with-param>
        <xsl:with-param name="items" select="/page/courses/course"/>
        <xsl:with-param name="value" select="@course"/>
        <xsl:with-param name="any"><xsl:call-template name="msg.any"/></xsl:with-param>
      </xsl:call-template>
      <p><button type="submit"><xsl:call-template name="msg.filter"/></button></p>
    </form>
    <xsl:call-template name="list-range"/>
    <xsl:choose>
      <xsl:when test="not(homework)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
      <xsl:otherwise>
        <table class="grid">
          <thead>
            <tr>
              <th scope="col"><xsl:call-template name="msg.hw.one"/></th>
              <th scope="col"><xsl:call-template name="msg.courses.name"/></th>
              <th scope="col"><xsl:call-template name="msg.hw.due"/></th>
              <th scope="col"><xsl:call-template name="msg.hw.handed_of"/></th>
              <th scope="col"><xsl:call-template name="msg.hw.late"/></th>
              <th scope="col"><xsl:call-template name="msg.hw.state.submitted"/></th>
              <th scope="col"><xsl:call-template name="msg.hw.state.graded"/></th>
              <th scope="col"><xsl:call-template name="msg.hw.state.returned"/></th>
              <th scope="col"><xsl:call-template name="msg.hw.results"/></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="homework">
              <tr>
                <td><a href="{$base}/homework/{@id}"><xsl:value-of select="."/></a></td>
                <td><xsl:value-of select="@course-name"/></td>
                <td><xsl:value-of select="@due"/></td>
                <td><xsl:value-of select="@handed"/> / <xsl:value-of select="@enrolled"/></td>
                <td><xsl:value-of select="@late"/></td>
                <td><xsl:value-of select="@to-grade"/></td>
                <td><xsl:value-of select="@graded"/></td>
                <td><xsl:value-of select="@returned"/></td>
                <td><xsl:call-template name="hw-published"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <xsl:template name="hw-published">
    <xsl:choose>
      <xsl:when test="@published"><xsl:call-template name="msg.hw.published"/><xsl:text> </xsl:text><xsl:value-of select="@published"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.hw.unpublished"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- New homework, or one homework: its form, its results, who has handed in. -->
  <xsl:template match="homework-edit" mode="body">
    <xsl:variable name="h" select="homework"/>
    <xsl:choose>
      <xsl:when test="$h">
        <p class="meta"><a href="{$base}/homework?course={$h/@course}"><xsl:value-of select="$h/@course-name"/></a></p>
        <h1><xsl:value-of select="$h"/></h1>
      </xsl:when>
      <xsl:otherwise><h1><xsl:call-template name="msg.hw.new"/></h1></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="@done">
      <p class="note" role="status">
        <xsl:choose>
          <xsl:when test="@done = 'created'"><xsl:call-template name="msg.hw.created"/></xsl:when>
          <xsl:when test="@done = 'published'"><xsl:call-template name="msg.hw.published_note"/></xsl:when>
          <xsl:when test="@done = 'graded'"><xsl:call-template name="msg.hw.graded_note"/></xsl:when>
          <xsl:when test="@done = 'returned'"><xsl:call-template name="msg.hw.returned_note"/></xsl:when>
          <xsl:otherwise><xsl:call-template name="msg.saved"/></xsl:otherwise>
        </xsl:choose>
      </p>
    </xsl:if>
    <xsl:for-each select="$h">
      <dl class="facts">
        <dt><xsl:call-template name="msg.hw.enrolled"/></dt><dd><xsl:value-of select="@enrolled"/></dd>
        <dt><xsl:call-template name="msg.hw.handed_in"/></dt><dd><xsl:value-of select="@handed"/></dd>
        <dt><xsl:call-template name="msg.hw.late"/></dt><dd><xsl:value-of select="@late"/></dd>
        <dt><xsl:call-template name="msg.hw.state.submitted"/></dt><dd><xsl:value-of select="@to-grade"/></dd>
        <dt><xsl:call-template name="msg.hw.state.graded"/></dt><dd><xsl:value-of select="@graded"/></dd>
        <dt><xsl:call-template name="msg.hw.state.returned"/></dt><dd><xsl:value-of select="@returned"/></dd>
        <dt><xsl:call-template name="msg.hw.results"/></dt><dd><xsl:call-template name="hw-published"/></dd>
      </dl>
      <p><a href="{$base}/homework/{@id}.csv"><xsl:call-template name="msg.assign.csv"/></a></p>
      <xsl:if test="not(@published)">
        <form method="post" action="{$base}/homework/{@id}/publish">
          <xsl:call-template name="csrf"/>
          <p><button type="submit"><xsl:call-template name="msg.hw.publish"/></button>
            <span class="meta"><xsl:text> </xsl:text><xsl:call-template name="msg.hw.publish_help"/></span></p>
        </form>
      </xsl:if>
    </xsl:for-each>
    <xsl:apply-templates select="learners"/>
    <xsl:call-template name="hw-edit-form"><xsl:with-param name="h" select="$h"/></xsl:call-template>
    <xsl:if test="$h">
      <form class="inline-form" method="post" action="{$base}/homework/{$h/@id}/delete">
        <xsl:call-template name="csrf"/>
        <button><xsl:call-template name="msg.hw.delete"/></button>
      </form>
    </xsl:if>
  </xsl:template>

  <xsl:template name="hw-edit-form">
    <xsl:param name="h"/>
    <xsl:variable name="posted" select="/page/posted"/>
    <xsl:if test="$h"><h2><xsl:call-template name="msg.hw.edit"/></h2></xsl:if>
    <xsl:variable name="action">
      <xsl:value-of select="$base"/>/homework<xsl:if test="$h">/<xsl:value-of select="$h/@id"/></xsl:if>
    </xsl:variable>
    <form class="form" method="post" action="{$action}">
      <xsl:call-template name="csrf"/>
      <xsl:if test="not($h)">
        <xsl:call-template name="select">
          <xsl:with-param name="name">course</xsl:with-param>
          <xsl:with-param name="label"><xsl:call-template name="msg.courses.name"/></xsl:with-param>
          <xsl:with-param name="items" select="/page/courses/course"/>
          <xsl:with-param name="value" select="@course"/>
          <xsl:with-param name="required">1</xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <xsl:call-template name="input">
        <xsl:with-param name="name">title</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.hw.field.title"/></xsl:with-param>
        <xsl:with-param name="value" select="string($h)"/>
        <xsl:with-param name="required">1</xsl:with-param>
        <xsl:with-param name="max">200</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="textarea">
        <xsl:with-param name="name">instructions</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.hw.instructions"/></xsl:with-param>
        <xsl:with-param name="value" select="instructions"/>
      </xsl:call-template>
      <p class="hint"><xsl:call-template name="msg.hw.instructions_hint"/></p>
      <xsl:call-template name="input">
        <xsl:with-param name="name">due</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.hw.due"/></xsl:with-param>
        <xsl:with-param name="type">datetime-local</xsl:with-param>
        <xsl:with-param name="value" select="translate($h/@due, ' ', 'T')"/>
        <xsl:with-param name="required">1</xsl:with-param>
      </xsl:call-template>
      <p class="field">
        <label class="check">
          <input type="checkbox" id="f-late" name="late" value="1">
            <xsl:if test="($posted and $posted/field[@name = 'late']) or (not($posted) and $h/@late-allowed = 1)">
              <xsl:attribute name="checked">checked</xsl:attribute>
            </xsl:if>
          </input>
          <xsl:call-template name="msg.hw.late_allowed"/>
        </label>
      </p>
      <xsl:call-template name="input">
        <xsl:with-param name="name">max_score</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.hw.max_score"/></xsl:with-param>
        <xsl:with-param name="type">number</xsl:with-param>
        <xsl:with-param name="value"><xsl:value-of select="$h/@max-score"/><xsl:if test="not($h)">100</xsl:if></xsl:with-param>
        <xsl:with-param name="required">1</xsl:with-param>
      </xsl:call-template>
      <p><button type="submit"><xsl:call-template name="msg.save"/></button></p>
    </form>
  </xsl:template>

  <!-- Everyone enrolled, with their submission: filter by state, grade from here. -->
  <xsl:template match="homework-edit/learners">
    <h2><xsl:call-template name="msg.hw.learners"/></h2>
    <form class="filters" method="get" action="{$base}/homework/{../homework/@id}">
      <p class="field">
        <label for="f-show"><xsl:call-template name="msg.field.status"/></label>
        <select id="f-show" name="show">
          <option value=""><xsl:call-template name="msg.any"/></option>
          <xsl:call-template name="hw-show-option"><xsl:with-param name="v">submitted</xsl:with-param></xsl:call-template>
          <xsl:call-template name="hw-show-option"><xsl:with-param name="v">returned</xsl:with-param></xsl:call-template>
          <xsl:call-template name="hw-show-option"><xsl:with-param name="v">graded</xsl:with-param></xsl:call-template>
          <xsl:call-template name="hw-show-option"><xsl:with-param name="v">late</xsl:with-param></xsl:call-template>
          <xsl:call-template name="hw-show-option"><xsl:with-param name="v">missing</xsl:with-param></xsl:call-template>
        </select>
      </p>
      <p><button type="submit"><xsl:call-template name="msg.filter"/></button></p>
    </form>
    <xsl:call-template name="list-range"/>
    <xsl:choose>
      <xsl:when test="not(learner)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
      <xsl:otherwise>
        <table class="grid">
          <thead>
            <tr>
              <th scope="col"><xsl:call-template name="msg.hw.learner"/></th>
              <th scope="col"><xsl:call-template name="msg.field.status"/></th>
              <th scope="col"><xsl:call-template name="msg.hw.submitted_at"/></th>
              <th scope="col"><xsl:call-template name="msg.hw.score"/></th>
              <th scope="col"><xsl:call-template name="msg.hw.grade"/></th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="learner">
              <tr>
                <td><xsl:value-of select="."/><span class="meta"> (<xsl:value-of select="@login"/>)</span><br/><span class="meta"><xsl:value-of select="@dept"/></span></td>
                <td><xsl:call-template name="hw-state"/>
                  <xsl:if test="@version &gt; 1"><span class="meta"> · <xsl:call-template name="msg.hw.version"/><xsl:text> </xsl:text><xsl:value-of select="@version"/></span></xsl:if></td>
                <td><xsl:value-of select="@submitted"/><xsl:if test="@late = 1"><span class="meta"> · <xsl:call-template name="msg.hw.late"/></span></xsl:if></td>
                <td><xsl:value-of select="@score"/></td>
                <td><xsl:if test="@submission"><a href="{$base}/submissions/{@submission}"><xsl:call-template name="msg.hw.grade"/></a></xsl:if></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <xsl:template name="hw-show-option">
    <xsl:param name="v"/>
    <xsl:call-template name="option">
      <xsl:with-param name="v" select="$v"/>
      <xsl:with-param name="cur" select="@show"/>
      <xsl:with-param name="label"><xsl:call-template name="hw-state"><xsl:with-param name="s" select="$v"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- One submission: who, when, every hand-in with its files; the grade, or back for rework. -->
  <xsl:template match="page[@name='submission']/submission" mode="body">
    <p class="meta"><a href="{$base}/homework/{@homework}"><xsl:value-of select="title"/></a>
      <xsl:text> · </xsl:text><xsl:value-of select="@course-name"/></p>
    <h1><xsl:value-of select="@learner"/><span class="meta"> (<xsl:value-of select="@login"/>)</span></h1>
    <dl class="facts">
      <dt><xsl:call-template name="msg.field.dept"/></dt><dd><xsl:value-of select="@dept"/></dd>
      <dt><xsl:call-template name="msg.field.status"/></dt><dd><xsl:call-template name="hw-state"/></dd>
      <dt><xsl:call-template name="msg.hw.submitted_at"/></dt>
      <dd><xsl:value-of select="@submitted"/><xsl:if test="@late = 1"><xsl:text> · </xsl:text><xsl:call-template name="msg.hw.late"/></xsl:if></dd>
      <dt><xsl:call-template name="msg.hw.due"/></dt><dd><xsl:value-of select="@due"/></dd>
      <xsl:if test="@score">
        <dt><xsl:call-template name="msg.hw.score"/></dt>
        <dd><xsl:value-of select="@score"/> / <xsl:value-of select="@max-score"/>
          <span class="meta"><xsl:text> · </xsl:text><xsl:value-of select="@graded-by"/><xsl:text> · </xsl:text><xsl:value-of select="@graded"/></span></dd>
      </xsl:if>
      <dt><xsl:call-template name="msg.hw.results"/></dt><dd><xsl:call-template name="hw-published"/></dd>
    </dl>
    <h2><xsl:call-template name="msg.hw.history"/></h2>
    <xsl:call-template name="hw-versions"><xsl:with-param name="sub" select="@id"/></xsl:call-template>
    <xsl:choose>
      <xsl:when test="@state = 'returned'"><p class="note"><xsl:call-template name="msg.hw.awaiting_rework"/></p></xsl:when>
      <xsl:otherwise>
        <h2><xsl:call-template name="msg.hw.grade"/></h2>
        <form class="form" method="post" action="{$base}/submissions/{@id}/grade">
          <xsl:call-template name="csrf"/>
          <xsl:call-template name="input">
            <xsl:with-param name="name">score</xsl:with-param>
            <xsl:with-param name="label"><xsl:call-template name="msg.hw.score"/> (0–<xsl:value-of select="@max-score"/>)</xsl:with-param>
            <xsl:with-param name="type">number</xsl:with-param>
            <xsl:with-param name="value" select="@score"/>
            <xsl:with-param name="required">1</xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="textarea">
            <xsl:with-param name="name">feedback</xsl:with-param>
            <xsl:with-param name="label"><xsl:call-template name="msg.hw.feedback"/></xsl:with-param>
            <xsl:with-param name="value" select="feedback"/>
          </xsl:call-template>
          <p><button type="submit"><xsl:call-template name="msg.hw.grade_save"/></button></p>
        </form>
        <h2><xsl:call-template name="msg.hw.return"/></h2>
        <form class="form" method="post" action="{$base}/submissions/{@id}/return">
          <xsl:call-template name="csrf"/>
          <xsl:call-template name="micro-textarea">
            <xsl:with-param name="name">reason</xsl:with-param>
            <xsl:with-param name="label"><xsl:call-template name="msg.hw.reason"/></xsl:with-param>
            <xsl:with-param name="max">280</xsl:with-param>
            <xsl:with-param name="required">1</xsl:with-param>
          </xsl:call-template>
          <p><button type="submit"><xsl:call-template name="msg.hw.return"/></button></p>
        </form>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
