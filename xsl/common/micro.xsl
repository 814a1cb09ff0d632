<?xml version="1.0" encoding="UTF-8"?>
<!-- micro.xsl - micro-courses (微课) for everyone signed in, on the portal and mobile surfaces:
     the published list, one's own uploads, the upload form and a micro-course with its quiz.
     The back office (admin/micro.xsl) includes it for the shared named templates. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="page[@name='micro-list']" mode="title"><xsl:call-template name="msg.micro.title"/></xsl:template>
  <xsl:template match="page[@name='micro-mine']" mode="title"><xsl:call-template name="msg.micro.mine"/></xsl:template>
  <xsl:template match="page[@name='micro-new']" mode="title"><xsl:call-template name="msg.micro.upload"/></xsl:template>
  <xsl:template match="page[@name='micro']" mode="title"><xsl:value-of select="micro/title"/></xsl:template>

  <xsl:template name="micro-status">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="$s = 'published'"><xsl:call-template name="msg.micro.status.published"/></xsl:when>
      <xsl:when test="$s = 'returned'"><xsl:call-template name="msg.micro.status.returned"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.micro.status.submitted"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The playing time as m:ss, "length unknown" when the format does not tell (MPEG),
       and the rubric's 3 to 6 minutes marked as the recommended length. -->
  <xsl:template name="micro-length">
    <xsl:param name="s" select="@seconds"/>
    <xsl:choose>
      <xsl:when test="not($s)"><xsl:call-template name="msg.micro.length_unknown"/></xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="floor($s div 60)"/>:<xsl:value-of select="format-number($s mod 60, '00')"/>
        <xsl:if test="$s &gt;= 180 and $s &lt;= 360">
          <xsl:text> · </xsl:text><xsl:call-template name="msg.micro.length_good"/>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Author, department, length: one line about a micro-course. -->
  <xsl:template name="micro-facts">
    <xsl:value-of select="@author"/>
    <xsl:text> · </xsl:text><xsl:value-of select="@dept"/>
    <xsl:text> · </xsl:text><xsl:call-template name="micro-length"/>
    <xsl:if test="@score">
      <xsl:text> · </xsl:text><xsl:call-template name="msg.micro.score"/><xsl:text> </xsl:text><xsl:value-of select="@score"/>
    </xsl:if>
  </xsl:template>

  <!-- The video: a player on the portal and in the back office, a plain link on a phone. -->
  <xsl:template name="micro-video">
    <xsl:variable name="src"><xsl:value-of select="$base"/>/micro/<xsl:value-of select="@id"/>/video</xsl:variable>
    <xsl:choose>
      <xsl:when test="/page/@surface = 'mobile'">
        <p><a class="button" href="{$src}"><xsl:call-template name="msg.micro.watch"/></a></p>
      </xsl:when>
      <xsl:otherwise>
        <video class="micro-video" controls="controls" preload="metadata" src="{$src}">
          <a href="{$src}"><xsl:call-template name="msg.micro.watch"/></a>
        </video>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The quiz (context: <quiz>): each answer stays folded until the learner opens it. -->
  <xsl:template name="micro-quiz">
    <section aria-labelledby="h-quiz">
      <h2 id="h-quiz"><xsl:call-template name="msg.micro.quiz"/></h2>
      <ol class="quiz">
        <xsl:for-each select="item">
          <li>
            <p class="pre"><xsl:value-of select="question"/></p>
            <details>
              <summary><xsl:call-template name="msg.micro.show_answer"/></summary>
              <p class="pre"><xsl:value-of select="answer"/></p>
            </details>
          </li>
        </xsl:for-each>
      </ol>
    </section>
  </xsl:template>

  <xsl:template name="micro-links">
    <p class="actions">
      <a href="{$base}/micro"><xsl:call-template name="msg.micro.title"/></a>
      <xsl:text> · </xsl:text>
      <a href="{$base}/micro/mine"><xsl:call-template name="msg.micro.mine"/></a>
      <xsl:text> · </xsl:text>
      <a href="{$base}/micro/new"><xsl:call-template name="msg.micro.upload"/></a>
    </p>
  </xsl:template>

  <xsl:template match="page[@name='micro-list']/micros" mode="body">
    <h1><xsl:call-template name="msg.micro.title"/></h1>
    <xsl:call-template name="micro-links"/>
    <form class="filters" method="get" action="{$base}/micro">
      <xsl:call-template name="input">
        <xsl:with-param name="name">q</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.catalogue.search"/></xsl:with-param>
        <xsl:with-param name="type">search</xsl:with-param>
        <xsl:with-param name="value" select="@q"/>
        <xsl:with-param name="max">64</xsl:with-param>
      </xsl:call-template>
      <p><button type="submit"><xsl:call-template name="msg.filter"/></button></p>
    </form>
    <xsl:call-template name="list-range"/>
    <xsl:choose>
      <xsl:when test="not(micro)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
      <xsl:otherwise>
        <ul class="list">
          <xsl:for-each select="micro">
            <li>
              <div>
                <a class="title" href="{$base}/micro/{@id}"><xsl:value-of select="title"/></a>
                <p class="meta"><xsl:value-of select="summary"/></p>
              </div>
              <span class="meta"><xsl:call-template name="micro-facts"/></span>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <!-- One's own uploads: where each stands, its score and allowance. -->
  <xsl:template match="page[@name='micro-mine']/micros" mode="body">
    <h1><xsl:call-template name="msg.micro.mine"/></h1>
    <xsl:if test="@done">
      <p class="note" role="status"><xsl:call-template name="msg.micro.uploaded"/></p>
    </xsl:if>
    <xsl:call-template name="micro-links"/>
    <xsl:call-template name="list-range"/>
    <xsl:choose>
      <xsl:when test="not(micro)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
      <xsl:otherwise>
        <ul class="list">
          <xsl:for-each select="micro">
            <li>
              <div>
                <a class="title" href="{$base}/micro/{@id}"><xsl:value-of select="title"/></a>
                <p class="meta">
                  <xsl:call-template name="micro-status"><xsl:with-param name="s" select="@status"/></xsl:call-template>
                  <xsl:text> · </xsl:text><xsl:value-of select="@created"/>
                  <xsl:text> · </xsl:text><xsl:call-template name="micro-length"/>
                </p>
                <xsl:if test="reason">
                  <p class="meta"><xsl:call-template name="msg.micro.reason"/>: <xsl:value-of select="reason"/></p>
                </xsl:if>
              </div>
              <span class="meta">
                <xsl:choose>
                  <xsl:when test="@status = 'published'">
                    <xsl:call-template name="msg.micro.score"/><xsl:text> </xsl:text><xsl:value-of select="@score"/>
                    <xsl:text> · </xsl:text><xsl:call-template name="msg.micro.allowance"/><xsl:text> </xsl:text><xsl:value-of select="@allowance"/>
                    <xsl:text> · </xsl:text><xsl:value-of select="@pay-month"/>
                  </xsl:when>
                  <xsl:otherwise><xsl:call-template name="msg.micro.unscored"/></xsl:otherwise>
                </xsl:choose>
              </span>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <!-- A labelled textarea; what was posted wins. -->
  <xsl:template name="micro-textarea">
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="max"/>
    <xsl:param name="required"/>
    <xsl:variable name="err" select="/page/errors/error[@field = $name]"/>
    <p class="field">
      <label for="f-{$name}"><xsl:value-of select="$label"/></label>
      <textarea id="f-{$name}" name="{$name}" rows="3" maxlength="{$max}">
        <xsl:if test="$required"><xsl:attribute name="required">required</xsl:attribute></xsl:if>
        <xsl:if test="$err">
          <xsl:attribute name="aria-invalid">true</xsl:attribute>
          <xsl:attribute name="aria-describedby">e-<xsl:value-of select="$name"/></xsl:attribute>
        </xsl:if>
        <xsl:value-of select="/page/posted/field[@name = $name]"/>
      </textarea>
      <xsl:if test="$err"><span class="ferr" id="e-{$name}"><xsl:value-of select="$err[1]"/></span></xsl:if>
    </p>
  </xsl:template>

  <!-- Question and answer n and the ones after it, up to the form's number of questions. -->
  <xsl:template name="micro-qa">
    <xsl:param name="n" select="1"/>
    <xsl:call-template name="input">
      <xsl:with-param name="name">q<xsl:value-of select="$n"/></xsl:with-param>
      <xsl:with-param name="label"><xsl:call-template name="msg.micro.question"><xsl:with-param name="n" select="$n"/></xsl:call-template></xsl:with-param>
      <xsl:with-param name="max">500</xsl:with-param>
      <xsl:with-param name="required" select="$n = 1"/>
    </xsl:call-template>
    <xsl:call-template name="micro-textarea">
      <xsl:with-param name="name">a<xsl:value-of select="$n"/></xsl:with-param>
      <xsl:with-param name="label"><xsl:call-template name="msg.micro.answer"><xsl:with-param name="n" select="$n"/></xsl:call-template></xsl:with-param>
      <xsl:with-param name="max">1000</xsl:with-param>
      <xsl:with-param name="required" select="$n = 1"/>
    </xsl:call-template>
    <xsl:if test="$n &lt; @questions">
      <xsl:call-template name="micro-qa"><xsl:with-param name="n" select="$n + 1"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="micro-new" mode="body">
    <h1><xsl:call-template name="msg.micro.upload"/></h1>
    <xsl:call-template name="micro-links"/>
    <form class="form" method="post" action="{$base}/micro" enctype="multipart/form-data">
      <xsl:call-template name="csrf"/>
      <xsl:call-template name="input">
        <xsl:with-param name="name">title</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.micro.field.title"/></xsl:with-param>
        <xsl:with-param name="required">1</xsl:with-param>
        <xsl:with-param name="max">200</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="micro-textarea">
        <xsl:with-param name="name">summary</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.micro.field.summary"/></xsl:with-param>
        <xsl:with-param name="max">2000</xsl:with-param>
        <xsl:with-param name="required">1</xsl:with-param>
      </xsl:call-template>
      <xsl:variable name="err" select="/page/errors/error[@field = 'video']"/>
      <p class="field">
        <label for="f-video"><xsl:call-template name="msg.micro.field.video"/></label>
        <input id="f-video" name="video" type="file" required="required"
               accept=".mp4,.mov,.mpg,.mpeg,video/mp4,video/quicktime,video/mpeg" aria-describedby="h-video">
          <xsl:if test="$err">
            <xsl:attribute name="aria-invalid">true</xsl:attribute>
            <xsl:attribute name="aria-describedby">h-video e-video</xsl:attribute>
          </xsl:if>
        </input>
        <span class="meta" id="h-video"><xsl:call-template name="msg.micro.rule"/></span>
        <xsl:if test="$err"><span class="ferr" id="e-video"><xsl:value-of select="$err[1]"/></span></xsl:if>
      </p>
      <fieldset>
        <legend><xsl:call-template name="msg.micro.quiz"/></legend>
        <p class="meta"><xsl:call-template name="msg.micro.quiz_hint"/></p>
        <xsl:call-template name="micro-qa"/>
      </fieldset>
      <p><button type="submit"><xsl:call-template name="msg.micro.submit"/></button></p>
    </form>
  </xsl:template>

  <!-- A micro-course: where it stands (for its author), the video, the summary, the quiz. -->
  <xsl:template match="page[@name='micro']/micro" mode="body">
    <h1><xsl:value-of select="title"/></h1>
    <p class="meta"><xsl:call-template name="micro-facts"/></p>
    <xsl:if test="@status != 'published'">
      <p class="note" role="status">
        <xsl:call-template name="micro-status"><xsl:with-param name="s" select="@status"/></xsl:call-template>
        <xsl:if test="reason"> · <xsl:call-template name="msg.micro.reason"/>: <xsl:value-of select="reason"/></xsl:if>
      </p>
    </xsl:if>
    <xsl:if test="@mine and @allowance">
      <p class="meta"><xsl:call-template name="msg.micro.allowance"/>: <xsl:value-of select="@allowance"/> · <xsl:value-of select="@pay-month"/></p>
    </xsl:if>
    <xsl:call-template name="micro-video"/>
    <p class="pre"><xsl:value-of select="summary"/></p>
    <xsl:for-each select="quiz[item]"><xsl:call-template name="micro-quiz"/></xsl:for-each>
    <xsl:call-template name="micro-links"/>
  </xsl:template>
</xsl:stylesheet>
