<?xml version="1.0" encoding="UTF-8"?>
<!-- surveys.xsl - surveys and votes (问卷与投票) for learners on the portal and phones: the
     ones open to them, the answer form, and the results as bar charts drawn here in SVG
     (the back office's results page uses the same templates). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="page[@name='survey-list']" mode="title"><xsl:call-template name="msg.survey.title"/></xsl:template>
  <xsl:template match="page[@name='survey-take']" mode="title"><xsl:value-of select="survey-take/survey/title"/></xsl:template>

  <xsl:template name="survey-kind">
    <xsl:param name="k"/>
    <xsl:choose>
      <xsl:when test="$k = 'vote'"><xsl:call-template name="msg.survey.kind.vote"/></xsl:when>
      <xsl:when test="$k = 'satisfaction'"><xsl:call-template name="msg.survey.kind.satisfaction"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.survey.kind.survey"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- What a survey is, for whom, until when, named or not (on <survey>). -->
  <xsl:template name="survey-facts">
    <xsl:call-template name="survey-kind"><xsl:with-param name="k" select="@kind"/></xsl:call-template>
    <xsl:if test="@course-name"> · <xsl:value-of select="@course-name"/></xsl:if>
    <xsl:if test="@dept-name"> · <xsl:value-of select="@dept-name"/></xsl:if>
    <xsl:text> · </xsl:text>
    <xsl:choose>
      <xsl:when test="@anonymous = 1"><xsl:call-template name="msg.survey.anonymous"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.survey.named"/></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="@closes"> · <xsl:call-template name="msg.survey.closes"/><xsl:text> </xsl:text><xsl:value-of select="@closes"/></xsl:if>
  </xsl:template>

  <xsl:template match="survey-list" mode="body">
    <h1><xsl:call-template name="msg.survey.title"/></h1>
    <xsl:if test="@course">
      <p><a href="{$base}/courses/{@course}"><xsl:call-template name="msg.survey.back_course"/></a></p>
    </xsl:if>
    <xsl:call-template name="list-range"/>
    <xsl:choose>
      <xsl:when test="not(survey)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
      <xsl:otherwise>
        <ul class="list">
          <xsl:for-each select="survey">
            <li>
              <a href="{$base}/surveys/{@id}"><xsl:value-of select="title"/></a>
              <span class="meta">
                <xsl:call-template name="survey-facts"/>
                <xsl:if test="@answered = 1"> · <xsl:call-template name="msg.survey.answered"/></xsl:if>
              </span>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <xsl:template match="survey-take" mode="body">
    <xsl:apply-templates select="survey" mode="take"/>
  </xsl:template>

  <xsl:template match="survey" mode="take">
    <h1><xsl:value-of select="title"/></h1>
    <p class="meta"><xsl:call-template name="survey-facts"/></p>
    <xsl:if test="intro"><p class="pre"><xsl:value-of select="intro"/></p></xsl:if>
    <xsl:choose>
      <xsl:when test="@done = 'answered'">
        <p class="note" role="status"><xsl:call-template name="msg.survey.thanks"/></p>
      </xsl:when>
      <xsl:when test="@answered = 1">
        <p class="note" role="status"><xsl:call-template name="msg.survey.answered_before"/></p>
      </xsl:when>
    </xsl:choose>
    <xsl:choose>
      <xsl:when test="@answered = 1"><xsl:apply-templates select="results"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="survey-form"/></xsl:otherwise>
    </xsl:choose>
    <p><a href="{$base}/surveys"><xsl:call-template name="msg.survey.all"/></a></p>
  </xsl:template>

  <!-- The answer form: one fieldset per question, its legend the question; what was
       entered comes back after a refusal, each refusal beside its question. -->
  <xsl:template name="survey-form">
    <form class="form survey" method="post" action="{$base}/surveys/{@id}">
      <xsl:call-template name="csrf"/>
      <xsl:for-each select="question">
        <xsl:variable name="name" select="concat('q', @id)"/>
        <xsl:variable name="err" select="/page/errors/error[@field = $name]"/>
        <fieldset id="f-{$name}">
          <xsl:if test="$err"><xsl:attribute name="aria-describedby">e-<xsl:value-of select="$name"/></xsl:attribute></xsl:if>
          <legend>
            <xsl:value-of select="position()"/>. <xsl:value-of select="text"/>
            <xsl:if test="@required = 1"><xsl:text> </xsl:text><span class="meta"><xsl:call-template name="msg.survey.required"/></span></xsl:if>
          </legend>
          <xsl:if test="$err"><p class="ferr" id="e-{$name}"><xsl:value-of select="$err[1]"/></p></xsl:if>
          <xsl:choose>
            <xsl:when test="@kind = 'text'">
              <label class="sr" for="f-{$name}-text"><xsl:call-template name="msg.survey.your_answer"/></label>
              <textarea id="f-{$name}-text" name="{$name}" rows="3" maxlength="2000">
                <xsl:value-of select="/page/posted/field[@name = $name]"/>
              </textarea>
            </xsl:when>
            <xsl:otherwise>
              <xsl:if test="@kind = 'rating'"><p class="meta"><xsl:call-template name="msg.survey.rating_hint"/></p></xsl:if>
              <xsl:variable name="type"><xsl:choose><xsl:when test="@kind = 'multiple'">checkbox</xsl:when><xsl:otherwise>radio</xsl:otherwise></xsl:choose></xsl:variable>
              <!-- One choice a line, on phones without a stylesheet's help too. -->
              <xsl:for-each select="option">
                <div>
                  <label class="check" for="f-{$name}-{@n}">
                    <input type="{$type}" id="f-{$name}-{@n}" name="{$name}" value="{@n}">
                      <xsl:if test="/page/posted/field[@name = $name] = @n"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
                    </input>
                    <xsl:text> </xsl:text><xsl:value-of select="."/>
                  </label>
                </div>
              </xsl:for-each>
            </xsl:otherwise>
          </xsl:choose>
        </fieldset>
      </xsl:for-each>
      <p><button type="submit"><xsl:call-template name="msg.survey.submit"/></button></p>
    </form>
  </xsl:template>

  <!-- Results: how many answered of how many it was meant for, then each question. -->
  <xsl:template match="results">
    <section aria-labelledby="h-results">
      <h2 id="h-results"><xsl:call-template name="msg.survey.results"/></h2>
      <p><xsl:call-template name="msg.survey.turnout">
        <xsl:with-param name="n" select="@responses"/>
        <xsl:with-param name="of" select="@audience"/>
        <xsl:with-param name="percent" select="@percent"/>
      </xsl:call-template></p>
      <xsl:for-each select="question">
        <h3 id="r-{@id}"><xsl:value-of select="position()"/>. <xsl:value-of select="text"/></h3>
        <p class="meta">
          <xsl:call-template name="msg.survey.n_answered"><xsl:with-param name="n" select="@answered"/></xsl:call-template>
          <xsl:if test="@kind = 'rating' and @average"> · <xsl:call-template name="msg.survey.average"><xsl:with-param name="v" select="@average"/></xsl:call-template></xsl:if>
        </p>
        <xsl:choose>
          <xsl:when test="@kind = 'text'">
            <xsl:if test="answer">
              <ul class="list answers">
                <xsl:for-each select="answer">
                  <li><span class="pre"><xsl:value-of select="."/></span><xsl:if test="@by"><span class="meta"><xsl:value-of select="@by"/></span></xsl:if></li>
                </xsl:for-each>
              </ul>
            </xsl:if>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="survey-chart"/>
            <xsl:call-template name="survey-counts"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
      <xsl:if test="@texts-cut"><p class="meta"><xsl:call-template name="msg.survey.texts_cut"/></p></xsl:if>
    </section>
  </xsl:template>

  <!-- A question's options as horizontal bars, each as long as its share of those who
       answered the question, with its label above and its count and percent beside it.
       The picture is named by its title; the table after it holds the same numbers. -->
  <xsl:template name="survey-chart">
    <xsl:variable name="of" select="@answered"/>
    <xsl:variable name="row" select="44"/>
    <xsl:variable name="full" select="340"/>
    <svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-labelledby="c-{@id}"
         width="480" height="{count(option) * $row + 4}" viewBox="0 0 480 {count(option) * $row + 4}">
      <title id="c-{@id}"><xsl:value-of select="text"/></title>
      <xsl:for-each select="option">
        <xsl:variable name="y" select="(position() - 1) * $row"/>
        <xsl:variable name="w">
          <xsl:choose>
            <xsl:when test="$of &gt; 0"><xsl:value-of select="format-number(@count * $full div $of, '0.##')"/></xsl:when>
            <xsl:otherwise>0</xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <text x="0" y="{$y + 14}" font-size="13" fill="#1f2328"><xsl:value-of select="."/></text>
        <rect class="bar" x="0" y="{$y + 20}" width="{$w}" height="16" fill="#0b5cad" data-count="{@count}"/>
        <text x="{$w + 6}" y="{$y + 33}" font-size="13" fill="#57606a"><xsl:value-of select="@count"/> (<xsl:value-of select="@percent"/>%)</text>
      </xsl:for-each>
    </svg>
  </xsl:template>

  <xsl:template name="survey-counts">
    <table class="grid counts">
      <thead><tr>
        <th scope="col"><xsl:call-template name="msg.survey.option"/></th>
        <th scope="col"><xsl:call-template name="msg.survey.count"/></th>
        <th scope="col"><xsl:call-template name="msg.survey.percent"/></th>
      </tr></thead>
      <tbody>
        <xsl:for-each select="option">
          <tr><th scope="row"><xsl:value-of select="."/></th><td><xsl:value-of select="@count"/></td><td><xsl:value-of select="@percent"/>%</td></tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>
</xsl:stylesheet>
