<?xml version="1.0" encoding="UTF-8"?>
<!-- questions.xsl - the question bank (题库): the list with its filters, the question form, the CSV import. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="page[@name='questions']" mode="title"><xsl:call-template name="msg.questions.title"/></xsl:template>
  <xsl:template match="page[@name='question-edit']" mode="title"><xsl:call-template name="msg.questions.edit"/></xsl:template>
  <xsl:template match="page[@name='question-import']" mode="title"><xsl:call-template name="msg.questions.import"/></xsl:template>

  <xsl:template name="question-kind">
    <xsl:param name="k"/>
    <xsl:choose>
      <xsl:when test="$k = 'single'"><xsl:call-template name="msg.questions.kind.single"/></xsl:when>
      <xsl:when test="$k = 'multiple'"><xsl:call-template name="msg.questions.kind.multiple"/></xsl:when>
      <xsl:when test="$k = 'truefalse'"><xsl:call-template name="msg.questions.kind.truefalse"/></xsl:when>
      <xsl:when test="$k = 'fill'"><xsl:call-template name="msg.questions.kind.fill"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.questions.kind.short"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Options of the kind select, the current one chosen. -->
  <xsl:template name="kind-options">
    <xsl:param name="cur"/>
    <xsl:call-template name="kind-option"><xsl:with-param name="k">single</xsl:with-param><xsl:with-param name="cur" select="$cur"/></xsl:call-template>
    <xsl:call-template name="kind-option"><xsl:with-param name="k">multiple</xsl:with-param><xsl:with-param name="cur" select="$cur"/></xsl:call-template>
    <xsl:call-template name="kind-option"><xsl:with-param name="k">truefalse</xsl:with-param><xsl:with-param name="cur" select="$cur"/></xsl:call-template>
    <xsl:call-template name="kind-option"><xsl:with-param name="k">fill</xsl:with-param><xsl:with-param name="cur" select="$cur"/></xsl:call-template>
    <xsl:call-template name="kind-option"><xsl:with-param name="k">short</xsl:with-param><xsl:with-param name="cur" select="$cur"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="kind-option">
    <xsl:param name="k"/>
    <xsl:param name="cur"/>
    <xsl:call-template name="option">
      <xsl:with-param name="v" select="$k"/>
      <xsl:with-param name="cur" select="$cur"/>
      <xsl:with-param name="label"><xsl:call-template name="question-kind"><xsl:with-param name="k" select="$k"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- Options of a difficulty select (1 to 5), the current one chosen. -->
  <xsl:template name="difficulty-options">
    <xsl:param name="cur"/>
    <xsl:call-template name="option"><xsl:with-param name="v">1</xsl:with-param><xsl:with-param name="cur" select="$cur"/><xsl:with-param name="label">1</xsl:with-param></xsl:call-template>
    <xsl:call-template name="option"><xsl:with-param name="v">2</xsl:with-param><xsl:with-param name="cur" select="$cur"/><xsl:with-param name="label">2</xsl:with-param></xsl:call-template>
    <xsl:call-template name="option"><xsl:with-param name="v">3</xsl:with-param><xsl:with-param name="cur" select="$cur"/><xsl:with-param name="label">3</xsl:with-param></xsl:call-template>
    <xsl:call-template name="option"><xsl:with-param name="v">4</xsl:with-param><xsl:with-param name="cur" select="$cur"/><xsl:with-param name="label">4</xsl:with-param></xsl:call-template>
    <xsl:call-template name="option"><xsl:with-param name="v">5</xsl:with-param><xsl:with-param name="cur" select="$cur"/><xsl:with-param name="label">5</xsl:with-param></xsl:call-template>
  </xsl:template>

  <!-- The filters of the bank's list and of a paper's bank: a GET form to action, its fields
       named prefix + q, course, kind, point and difficulty, showing the context's attributes of
       those names (questions.c question_filters_add). -->
  <xsl:template name="question-filters">
    <xsl:param name="action"/>
    <xsl:param name="prefix"/>
    <xsl:variable name="any"><xsl:call-template name="msg.any"/></xsl:variable>
    <form class="filters" method="get" action="{$action}">
      <xsl:call-template name="input">
        <xsl:with-param name="name" select="concat($prefix, 'q')"/>
        <xsl:with-param name="label"><xsl:call-template name="msg.questions.search"/></xsl:with-param>
        <xsl:with-param name="type">search</xsl:with-param>
        <xsl:with-param name="value" select="@q"/>
        <xsl:with-param name="max">64</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="select">
        <xsl:with-param name="name" select="concat($prefix, 'course')"/>
        <xsl:with-param name="label"><xsl:call-template name="msg.courses.name"/></xsl:with-param>
        <xsl:with-param name="items" select="/page/courses/course"/>
        <xsl:with-param name="value" select="@course"/>
        <xsl:with-param name="any" select="$any"/>
      </xsl:call-template>
      <p class="field">
        <label for="f-{$prefix}kind"><xsl:call-template name="msg.questions.kind"/></label>
        <select id="f-{$prefix}kind" name="{$prefix}kind">
          <option value=""><xsl:value-of select="$any"/></option>
          <xsl:call-template name="kind-options"><xsl:with-param name="cur" select="@kind"/></xsl:call-template>
        </select>
      </p>
      <xsl:call-template name="input">
        <xsl:with-param name="name" select="concat($prefix, 'point')"/>
        <xsl:with-param name="label"><xsl:call-template name="msg.questions.point"/></xsl:with-param>
        <xsl:with-param name="value" select="@point"/>
        <xsl:with-param name="max">100</xsl:with-param>
      </xsl:call-template>
      <p class="field">
        <label for="f-{$prefix}difficulty"><xsl:call-template name="msg.questions.difficulty"/></label>
        <select id="f-{$prefix}difficulty" name="{$prefix}difficulty">
          <option value=""><xsl:value-of select="$any"/></option>
          <xsl:call-template name="difficulty-options"><xsl:with-param name="cur" select="@difficulty"/></xsl:call-template>
        </select>
      </p>
      <p><button type="submit"><xsl:call-template name="msg.filter"/></button></p>
    </form>
  </xsl:template>

  <xsl:template match="questions" mode="body">
    <h1><xsl:call-template name="msg.questions.title"/></h1>
    <p>
      <a href="{$base}/questions/new"><xsl:call-template name="msg.questions.new"/></a> ·
      <a href="{$base}/questions/import"><xsl:call-template name="msg.questions.import"/></a> ·
      <a href="{$base}/questions.csv?{@query}"><xsl:call-template name="msg.questions.export"/></a>
    </p>
    <xsl:call-template name="question-filters">
      <xsl:with-param name="action" select="concat($base, '/questions')"/>
    </xsl:call-template>
    <xsl:call-template name="list-range"/>
    <xsl:choose>
      <xsl:when test="not(question)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
      <xsl:otherwise>
        <ul class="list">
          <xsl:for-each select="question">
            <li>
              <a href="{$base}/questions/{@id}"><xsl:value-of select="."/></a>
              <span class="meta">
                <xsl:call-template name="question-kind"><xsl:with-param name="k" select="@kind"/></xsl:call-template>
                · <xsl:call-template name="msg.questions.difficulty"/><xsl:text> </xsl:text><xsl:value-of select="@difficulty"/>
                <xsl:if test="@course-name"> · <xsl:value-of select="@course-name"/></xsl:if>
                <xsl:if test="@point"> · <xsl:value-of select="@point"/></xsl:if>
              </span>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <xsl:template match="question-edit" mode="body">
    <xsl:variable name="posted" select="/page/posted/field"/>
    <h1>
      <xsl:choose>
        <xsl:when test="@id"><xsl:call-template name="msg.questions.edit"/></xsl:when>
        <xsl:otherwise><xsl:call-template name="msg.questions.new"/></xsl:otherwise>
      </xsl:choose>
    </h1>
    <xsl:variable name="action">
      <xsl:value-of select="$base"/>/questions<xsl:if test="@id">/<xsl:value-of select="@id"/></xsl:if>
    </xsl:variable>
    <xsl:variable name="none"><xsl:call-template name="msg.questions.no_course"/></xsl:variable>
    <form class="form" method="post" action="{$action}">
      <xsl:call-template name="csrf"/>
      <p class="field">
        <label for="f-kind"><xsl:call-template name="msg.questions.kind"/></label>
        <select id="f-kind" name="kind" required="required">
          <xsl:call-template name="kind-options"><xsl:with-param name="cur" select="($posted[@name='kind'] | @kind)[1]"/></xsl:call-template>
        </select>
      </p>
      <xsl:call-template name="select">
        <xsl:with-param name="name">course</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.courses.name"/></xsl:with-param>
        <xsl:with-param name="items" select="/page/courses/course"/>
        <xsl:with-param name="value" select="@course"/>
        <xsl:with-param name="any" select="$none"/>
      </xsl:call-template>
      <xsl:call-template name="input">
        <xsl:with-param name="name">point</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.questions.point"/></xsl:with-param>
        <xsl:with-param name="value" select="@point"/>
        <xsl:with-param name="max">100</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="input">
        <xsl:with-param name="name">difficulty</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.questions.difficulty"/></xsl:with-param>
        <xsl:with-param name="type">number</xsl:with-param>
        <xsl:with-param name="value"><xsl:value-of select="@difficulty"/><xsl:if test="not(@difficulty)">3</xsl:if></xsl:with-param>
        <xsl:with-param name="required">1</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="textarea">
        <xsl:with-param name="name">stem</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.questions.stem"/></xsl:with-param>
        <xsl:with-param name="value" select="stem"/>
      </xsl:call-template>
      <xsl:call-template name="textarea">
        <xsl:with-param name="name">options</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.questions.options"/></xsl:with-param>
        <xsl:with-param name="value" select="options"/>
      </xsl:call-template>
      <xsl:call-template name="textarea">
        <xsl:with-param name="name">answer</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.questions.answer"/></xsl:with-param>
        <xsl:with-param name="value" select="answer"/>
      </xsl:call-template>
      <p class="hint"><xsl:call-template name="msg.questions.answer_hint"/></p>
      <xsl:call-template name="textarea">
        <xsl:with-param name="name">explanation</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.questions.explanation"/></xsl:with-param>
        <xsl:with-param name="value" select="explanation"/>
      </xsl:call-template>
      <p><button type="submit"><xsl:call-template name="msg.save"/></button></p>
    </form>
    <xsl:if test="@id">
      <form class="inline-form" method="post" action="{$base}/questions/{@id}/delete">
        <xsl:call-template name="csrf"/>
        <button><xsl:call-template name="msg.courses.remove"/></button>
      </form>
    </xsl:if>
  </xsl:template>

  <!-- The import: the dry run's report, the confirmation, or the upload with the columns' rules. -->
  <xsl:template match="question-import" mode="body">
    <h1><xsl:call-template name="msg.questions.import"/></h1>
    <p><a href="{$base}/questions"><xsl:call-template name="msg.questions.title"/></a></p>
    <xsl:choose>
      <xsl:when test="@batch">
        <xsl:call-template name="import-confirm">
          <xsl:with-param name="action" select="concat($base, '/questions/import/', @batch)"/>
          <xsl:with-param name="note"><xsl:call-template name="msg.questions.import.once"/></xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="import-problems"/>
        <p><xsl:call-template name="msg.questions.import.help"/></p>
        <table class="grid">
          <thead><tr>
            <th scope="col"><xsl:call-template name="msg.import.column"/></th>
            <th scope="col"><xsl:call-template name="msg.questions.import.content"/></th>
            <th scope="col"><xsl:call-template name="msg.questions.import.rule"/></th>
          </tr></thead>
          <tbody>
            <tr><td><code>kind</code></td><td><xsl:call-template name="msg.questions.kind"/></td><td><xsl:call-template name="msg.questions.import.kinds"/></td></tr>
            <tr><td><code>course</code></td><td><xsl:call-template name="msg.assign.course"/></td><td><xsl:call-template name="msg.questions.import.course"/></td></tr>
            <tr><td><code>point</code></td><td><xsl:call-template name="msg.questions.point"/></td><td></td></tr>
            <tr><td><code>difficulty</code></td><td><xsl:call-template name="msg.questions.difficulty"/></td><td></td></tr>
            <tr><td><code>stem</code></td><td><xsl:call-template name="msg.questions.stem"/></td><td></td></tr>
            <tr><td><code>options</code></td><td><xsl:call-template name="msg.questions.options"/></td><td><xsl:call-template name="msg.questions.import.options"/></td></tr>
            <tr><td><code>answer</code></td><td><xsl:call-template name="msg.questions.answer"/></td><td><xsl:call-template name="msg.questions.answer_hint"/></td></tr>
            <tr><td><code>explanation</code></td><td><xsl:call-template name="msg.questions.explanation"/></td><td></td></tr>
          </tbody>
        </table>
        <p><code>kind,course,point,difficulty,stem,options,answer,explanation</code></p>
        <xsl:call-template name="import-upload">
          <xsl:with-param name="action" select="concat($base, '/questions/import')"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
