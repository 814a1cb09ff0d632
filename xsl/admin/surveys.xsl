<?xml version="1.0" encoding="UTF-8"?>
<!-- surveys.xsl - surveys and votes in the back office: the list (with a course's satisfaction
     survey in one step), the editor of settings and questions, and the results with their
     charts (drawn by ../common/surveys.xsl) and CSV downloads. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:include href="../common/surveys.xsl"/>

  <xsl:template match="page[@name='surveys']" mode="title"><xsl:call-template name="msg.survey.title"/></xsl:template>
  <xsl:template match="page[@name='survey-edit']" mode="title">
    <xsl:choose>
      <xsl:when test="survey-edit/survey"><xsl:value-of select="survey-edit/survey/title"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.survey.new"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="page[@name='survey-results']" mode="title">
    <xsl:call-template name="msg.survey.results"/>: <xsl:value-of select="survey/title"/>
  </xsl:template>

  <!-- A survey's state (on <survey>): an open one outside its window says so. -->
  <xsl:template name="survey-state">
    <xsl:variable name="s" select="@state"/>
    <xsl:choose>
      <xsl:when test="$s = 'open' and @open = 0"><xsl:call-template name="msg.survey.state.waiting"/></xsl:when>
      <xsl:when test="$s = 'open'"><xsl:call-template name="msg.survey.state.open"/></xsl:when>
      <xsl:when test="$s = 'closed'"><xsl:call-template name="msg.survey.state.closed"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.survey.state.draft"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Whom a survey belongs to: its course, its department, or everyone. -->
  <xsl:template name="survey-owner">
    <xsl:choose>
      <xsl:when test="@course-name"><xsl:value-of select="@course-name"/></xsl:when>
      <xsl:when test="@dept-name"><xsl:value-of select="@dept-name"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.survey.everyone"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="surveys" mode="body">
    <h1><xsl:call-template name="msg.survey.title"/></h1>
    <p><a class="button" href="{$base}/surveys/new"><xsl:call-template name="msg.survey.new"/></a></p>
    <xsl:if test="courses/course">
      <form class="form" method="post" action="{$base}/surveys/satisfaction">
        <xsl:call-template name="csrf"/>
        <xsl:variable name="err" select="/page/errors/error[@field = 'course']"/>
        <p class="field">
          <label for="f-course"><xsl:call-template name="msg.survey.for_course"/></label>
          <select id="f-course" name="course" required="required">
            <xsl:if test="$err"><xsl:attribute name="aria-invalid">true</xsl:attribute><xsl:attribute name="aria-describedby">e-course</xsl:attribute></xsl:if>
            <option value=""><xsl:call-template name="msg.choose"/></option>
            <xsl:for-each select="courses/course">
              <option value="{@id}">
                <xsl:value-of select="."/>
                <xsl:if test="@satisfaction &gt; 0"> (<xsl:call-template name="msg.survey.has_satisfaction"/>)</xsl:if>
              </option>
            </xsl:for-each>
          </select>
          <xsl:if test="$err"><span class="ferr" id="e-course"><xsl:value-of select="$err[1]"/></span></xsl:if>
        </p>
        <p><button type="submit"><xsl:call-template name="msg.survey.make_satisfaction"/></button></p>
      </form>
    </xsl:if>
    <xsl:call-template name="list-range"/>
    <xsl:choose>
      <xsl:when test="not(survey)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
      <xsl:otherwise>
        <table class="grid">
          <thead><tr>
            <th scope="col"><xsl:call-template name="msg.survey.name"/></th>
            <th scope="col"><xsl:call-template name="msg.survey.kind"/></th>
            <th scope="col"><xsl:call-template name="msg.survey.owner"/></th>
            <th scope="col"><xsl:call-template name="msg.survey.state"/></th>
            <th scope="col"><xsl:call-template name="msg.survey.responses"/></th>
          </tr></thead>
          <tbody>
            <xsl:for-each select="survey">
              <tr>
                <td><a href="{$base}/surveys/{@id}"><xsl:value-of select="title"/></a></td>
                <td><xsl:call-template name="survey-kind"><xsl:with-param name="k" select="@kind"/></xsl:call-template></td>
                <td><xsl:call-template name="survey-owner"/></td>
                <td><xsl:call-template name="survey-state"/></td>
                <td><a href="{$base}/surveys/{@id}/results"><xsl:value-of select="@responses"/></a></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <!-- A yes/no setting as a checkbox; what was posted wins after a refusal. -->
  <xsl:template name="survey-check">
    <xsl:param name="name"/>
    <xsl:param name="on"/>
    <xsl:param name="label"/>
    <xsl:variable name="posted" select="/page/posted"/>
    <xsl:variable name="err" select="/page/errors/error[@field = $name]"/>
    <p class="field">
      <label class="check" for="f-{$name}">
        <input type="checkbox" id="f-{$name}" name="{$name}" value="1">
          <xsl:if test="($posted and $posted/field[@name = $name]) or (not($posted) and $on = 1)"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
          <xsl:if test="$err"><xsl:attribute name="aria-describedby">e-<xsl:value-of select="$name"/></xsl:attribute></xsl:if>
        </input>
        <xsl:text> </xsl:text><xsl:value-of select="$label"/>
      </label>
      <xsl:if test="$err"><span class="ferr" id="e-{$name}"><xsl:value-of select="$err[1]"/></span></xsl:if>
    </p>
  </xsl:template>

  <!-- The settings of a survey (s, none for a new one). -->
  <xsl:template name="survey-settings">
    <xsl:param name="s"/>
    <xsl:variable name="posted" select="/page/posted/field"/>
    <form class="form" method="post">
      <xsl:attribute name="action"><xsl:value-of select="$base"/>/surveys<xsl:if test="$s">/<xsl:value-of select="$s/@id"/></xsl:if></xsl:attribute>
      <xsl:call-template name="csrf"/>
      <xsl:call-template name="input">
        <xsl:with-param name="name">title</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.survey.name"/></xsl:with-param>
        <xsl:with-param name="value" select="$s/title"/>
        <xsl:with-param name="required">1</xsl:with-param>
        <xsl:with-param name="max">200</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="textarea">
        <xsl:with-param name="name">intro</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.survey.intro"/></xsl:with-param>
        <xsl:with-param name="value" select="$s/intro"/>
      </xsl:call-template>
      <xsl:variable name="kind" select="($posted[@name = 'kind'] | $s/@kind)[1]"/>
      <p class="field">
        <label for="f-kind"><xsl:call-template name="msg.survey.kind"/></label>
        <select id="f-kind" name="kind">
          <xsl:if test="/page/errors/error[@field = 'kind']"><xsl:attribute name="aria-invalid">true</xsl:attribute><xsl:attribute name="aria-describedby">e-kind</xsl:attribute></xsl:if>
          <xsl:call-template name="option"><xsl:with-param name="v">survey</xsl:with-param><xsl:with-param name="cur" select="$kind"/><xsl:with-param name="label"><xsl:call-template name="msg.survey.kind.survey"/></xsl:with-param></xsl:call-template>
          <xsl:call-template name="option"><xsl:with-param name="v">vote</xsl:with-param><xsl:with-param name="cur" select="$kind"/><xsl:with-param name="label"><xsl:call-template name="msg.survey.kind.vote"/></xsl:with-param></xsl:call-template>
          <xsl:call-template name="option"><xsl:with-param name="v">satisfaction</xsl:with-param><xsl:with-param name="cur" select="$kind"/><xsl:with-param name="label"><xsl:call-template name="msg.survey.kind.satisfaction"/></xsl:with-param></xsl:call-template>
        </select>
        <xsl:if test="/page/errors/error[@field = 'kind']"><span class="ferr" id="e-kind"><xsl:value-of select="/page/errors/error[@field = 'kind'][1]"/></span></xsl:if>
      </p>
      <xsl:if test="not($s)">
        <xsl:variable name="everyone">
          <xsl:choose>
            <xsl:when test="@owner = 'org'"><xsl:call-template name="msg.survey.everyone"/></xsl:when>
            <xsl:when test="@owner = 'dept'"><xsl:value-of select="@dept-name"/></xsl:when>
            <xsl:otherwise><xsl:call-template name="msg.choose"/></xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:call-template name="select">
          <xsl:with-param name="name">course</xsl:with-param>
          <xsl:with-param name="label"><xsl:call-template name="msg.survey.course"/></xsl:with-param>
          <xsl:with-param name="items" select="courses/course"/>
          <xsl:with-param name="any" select="$everyone"/>
        </xsl:call-template>
        <p class="meta"><xsl:call-template name="msg.survey.owner_hint"/></p>
      </xsl:if>
      <xsl:call-template name="survey-check">
        <xsl:with-param name="name">anonymous</xsl:with-param>
        <xsl:with-param name="on" select="$s/@anonymous"/>
        <xsl:with-param name="label"><xsl:call-template name="msg.survey.anonymous_hint"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="survey-check">
        <xsl:with-param name="name">show_results</xsl:with-param>
        <xsl:with-param name="on" select="$s/@show-results"/>
        <xsl:with-param name="label"><xsl:call-template name="msg.survey.show_results"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="input">
        <xsl:with-param name="name">opens</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.survey.opens"/></xsl:with-param>
        <xsl:with-param name="type">datetime-local</xsl:with-param>
        <xsl:with-param name="value" select="translate($s/@opens, ' ', 'T')"/>
      </xsl:call-template>
      <xsl:call-template name="input">
        <xsl:with-param name="name">closes</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.survey.closes"/></xsl:with-param>
        <xsl:with-param name="type">datetime-local</xsl:with-param>
        <xsl:with-param name="value" select="translate($s/@closes, ' ', 'T')"/>
      </xsl:call-template>
      <p><button type="submit"><xsl:call-template name="msg.save"/></button></p>
    </form>
  </xsl:template>

  <xsl:template match="survey-edit" mode="body">
    <xsl:variable name="s" select="survey"/>
    <h1>
      <xsl:choose>
        <xsl:when test="$s"><xsl:value-of select="$s/title"/></xsl:when>
        <xsl:otherwise><xsl:call-template name="msg.survey.new"/></xsl:otherwise>
      </xsl:choose>
    </h1>
    <p><a href="{$base}/surveys"><xsl:call-template name="msg.survey.title"/></a></p>
    <xsl:if test="@done"><p class="note" role="status"><xsl:call-template name="msg.saved"/></p></xsl:if>
    <xsl:if test="$s">
      <xsl:apply-templates select="$s" mode="office"/>
    </xsl:if>
    <h2><xsl:call-template name="msg.survey.settings"/></h2>
    <xsl:call-template name="survey-settings"><xsl:with-param name="s" select="$s"/></xsl:call-template>
    <xsl:if test="$s">
      <xsl:apply-templates select="$s" mode="questions"/>
    </xsl:if>
  </xsl:template>

  <!-- Where a survey stands and what may be done with it. -->
  <xsl:template match="survey" mode="office">
    <xsl:variable name="err" select="/page/errors/error[@field = 'action']"/>
    <p class="meta">
      <xsl:call-template name="survey-kind"><xsl:with-param name="k" select="@kind"/></xsl:call-template>
      · <xsl:call-template name="survey-owner"/>
      · <xsl:call-template name="survey-state"/>
      · <xsl:call-template name="msg.survey.responses"/><xsl:text> </xsl:text><xsl:value-of select="@responses"/>
    </p>
    <form class="inline-form" method="post" action="{$base}/surveys/{@id}/state">
      <xsl:call-template name="csrf"/>
      <xsl:choose>
        <xsl:when test="@state = 'open'"><button name="action" value="close"><xsl:call-template name="msg.survey.close"/></button></xsl:when>
        <xsl:otherwise><button name="action" value="open"><xsl:call-template name="msg.survey.open"/></button></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="$err"><span class="ferr" id="e-action" role="alert"><xsl:value-of select="$err[1]"/></span></xsl:if>
    </form>
    <a href="{$base}/surveys/{@id}/results"><xsl:call-template name="msg.survey.results"/></a>
    <xsl:text> · </xsl:text>
    <form class="inline-form" method="post" action="{$base}/surveys/{@id}/delete">
      <xsl:call-template name="csrf"/>
      <button><xsl:call-template name="msg.courses.remove"/></button>
    </form>
  </xsl:template>

  <!-- The questions in order; changed only while nobody has answered. -->
  <xsl:template match="survey" mode="questions">
    <xsl:variable name="locked" select="@responses &gt; 0"/>
    <xsl:variable name="err" select="/page/errors/error[@field = 'questions']"/>
    <section id="f-questions" aria-labelledby="h-questions">
      <h2 id="h-questions"><xsl:call-template name="msg.survey.questions"/></h2>
      <xsl:if test="$locked"><p class="warn"><xsl:call-template name="msg.survey.locked"/></p></xsl:if>
      <xsl:if test="$err"><p class="ferr" role="alert"><xsl:value-of select="$err[1]"/></p></xsl:if>
      <xsl:choose>
        <xsl:when test="not(question)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
        <xsl:otherwise>
          <ol>
            <xsl:for-each select="question">
              <li>
                <xsl:value-of select="text"/>
                <span class="meta">
                  <xsl:text> · </xsl:text><xsl:call-template name="survey-question-kind"><xsl:with-param name="k" select="@kind"/></xsl:call-template>
                  <xsl:if test="@required = 1"> · <xsl:call-template name="msg.survey.required"/></xsl:if>
                </span>
                <xsl:if test="@kind = 'single' or @kind = 'multiple'">
                  <ul><xsl:for-each select="option"><li><xsl:value-of select="."/></li></xsl:for-each></ul>
                </xsl:if>
                <xsl:if test="not($locked)">
                  <form class="inline-form" method="post" action="{$base}/surveys/{../@id}/questions/{@id}">
                    <xsl:call-template name="csrf"/>
                    <button name="action" value="up"><xsl:call-template name="msg.courses.up"/></button>
                    <button name="action" value="down"><xsl:call-template name="msg.courses.down"/></button>
                    <button name="action" value="remove"><xsl:call-template name="msg.courses.remove"/></button>
                  </form>
                </xsl:if>
              </li>
            </xsl:for-each>
          </ol>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="not($locked)"><xsl:call-template name="survey-question-form"/></xsl:if>
    </section>
  </xsl:template>

  <xsl:template name="survey-question-kind">
    <xsl:param name="k"/>
    <xsl:choose>
      <xsl:when test="$k = 'single'"><xsl:call-template name="msg.survey.q.single"/></xsl:when>
      <xsl:when test="$k = 'multiple'"><xsl:call-template name="msg.survey.q.multiple"/></xsl:when>
      <xsl:when test="$k = 'rating'"><xsl:call-template name="msg.survey.q.rating"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.survey.q.text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="survey-question-form">
    <xsl:variable name="kind" select="/page/posted/field[@name = 'q_kind']"/>
    <h3><xsl:call-template name="msg.survey.add_question"/></h3>
    <form class="form" method="post" action="{$base}/surveys/{@id}/questions">
      <xsl:call-template name="csrf"/>
      <p class="field">
        <label for="f-q_kind"><xsl:call-template name="msg.survey.question_kind"/></label>
        <select id="f-q_kind" name="q_kind">
          <xsl:call-template name="survey-kind-option"><xsl:with-param name="k">single</xsl:with-param><xsl:with-param name="cur" select="$kind"/></xsl:call-template>
          <xsl:call-template name="survey-kind-option"><xsl:with-param name="k">multiple</xsl:with-param><xsl:with-param name="cur" select="$kind"/></xsl:call-template>
          <xsl:call-template name="survey-kind-option"><xsl:with-param name="k">rating</xsl:with-param><xsl:with-param name="cur" select="$kind"/></xsl:call-template>
          <xsl:call-template name="survey-kind-option"><xsl:with-param name="k">text</xsl:with-param><xsl:with-param name="cur" select="$kind"/></xsl:call-template>
        </select>
      </p>
      <xsl:call-template name="input">
        <xsl:with-param name="name">q_text</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.survey.question"/></xsl:with-param>
        <xsl:with-param name="required">1</xsl:with-param>
        <xsl:with-param name="max">500</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="textarea">
        <xsl:with-param name="name">q_options</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.survey.options"/></xsl:with-param>
      </xsl:call-template>
      <xsl:if test="/page/errors/error[@field = 'q_options']"><p class="ferr" id="e-q_options"><xsl:value-of select="/page/errors/error[@field = 'q_options'][1]"/></p></xsl:if>
      <xsl:call-template name="survey-check">
        <xsl:with-param name="name">q_required</xsl:with-param>
        <xsl:with-param name="on" select="1"/>
        <xsl:with-param name="label"><xsl:call-template name="msg.survey.required"/></xsl:with-param>
      </xsl:call-template>
      <p><button type="submit"><xsl:call-template name="msg.survey.add_question"/></button></p>
    </form>
  </xsl:template>

  <xsl:template name="survey-kind-option">
    <xsl:param name="k"/>
    <xsl:param name="cur"/>
    <xsl:call-template name="option">
      <xsl:with-param name="v" select="$k"/>
      <xsl:with-param name="cur" select="$cur"/>
      <xsl:with-param name="label"><xsl:call-template name="survey-question-kind"><xsl:with-param name="k" select="$k"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="page[@name='survey-results']/survey" mode="body">
    <h1><xsl:call-template name="msg.survey.results"/>: <xsl:value-of select="title"/></h1>
    <p class="meta">
      <xsl:call-template name="survey-kind"><xsl:with-param name="k" select="@kind"/></xsl:call-template>
      · <xsl:call-template name="survey-owner"/>
      · <xsl:call-template name="survey-state"/>
      <xsl:if test="@anonymous = 1"> · <xsl:call-template name="msg.survey.anonymous"/></xsl:if>
    </p>
    <p>
      <a href="{$base}/surveys/{@id}"><xsl:call-template name="msg.survey.settings"/></a>
      · <a href="{$base}/surveys/{@id}/responses.csv"><xsl:call-template name="msg.survey.csv_responses"/></a>
      · <a href="{$base}/surveys/{@id}/summary.csv"><xsl:call-template name="msg.survey.csv_summary"/></a>
    </p>
    <xsl:apply-templates select="results"/>
  </xsl:template>
</xsl:stylesheet>
