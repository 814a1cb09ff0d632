<?xml version="1.0" encoding="UTF-8"?>
<!-- homework.xsl - homework (作业) for learners on the portal and mobile surfaces: their list by
     stage, a homework with the hand-in form and their own hand-ins. The back office
     (admin/homework.xsl) includes it for the shared named templates. No script anywhere. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="page[@name='homework-list']" mode="title"><xsl:call-template name="msg.hw.mine"/></xsl:template>
  <xsl:template match="page[@name='homework']" mode="title"><xsl:value-of select="homework/title"/></xsl:template>

  <!-- Plain text as typed: each line its own, every character escaped. -->
  <xsl:template name="hw-lines">
    <xsl:param name="s" select="translate(., '&#13;', '')"/>
    <xsl:choose>
      <xsl:when test="contains($s, '&#10;')">
        <xsl:value-of select="substring-before($s, '&#10;')"/><br/>
        <xsl:call-template name="hw-lines"><xsl:with-param name="s" select="substring-after($s, '&#10;')"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Where a learner stands on a homework, in words. -->
  <xsl:template name="hw-stage">
    <xsl:param name="s" select="@stage"/>
    <xsl:choose>
      <xsl:when test="$s = 'due_soon'"><xsl:call-template name="msg.hw.stage.due_soon"/></xsl:when>
      <xsl:when test="$s = 'overdue'"><xsl:call-template name="msg.hw.stage.overdue"/></xsl:when>
      <xsl:when test="$s = 'returned'"><xsl:call-template name="msg.hw.stage.returned"/></xsl:when>
      <xsl:when test="$s = 'submitted'"><xsl:call-template name="msg.hw.stage.submitted"/></xsl:when>
      <xsl:when test="$s = 'graded'"><xsl:call-template name="msg.hw.stage.graded"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.hw.stage.open"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Every hand-in of a submission (context: its parent), the newest first, with its files;
       $sub is the submission's id for the files' addresses. -->
  <xsl:template name="hw-versions">
    <xsl:param name="sub"/>
    <ol class="list">
      <xsl:for-each select="version">
        <li>
          <div>
            <p>
              <strong><xsl:call-template name="msg.hw.version"/><xsl:text> </xsl:text><xsl:value-of select="@n"/></strong>
              <span class="meta"><xsl:text> · </xsl:text><xsl:call-template name="msg.hw.submitted_at"/><xsl:text> </xsl:text><xsl:value-of select="@submitted"/></span>
            </p>
            <xsl:if test="@returned">
              <p class="warn">
                <xsl:call-template name="msg.hw.returned_at"/><xsl:text> </xsl:text><xsl:value-of select="@returned"/>
                <xsl:if test="@returned-by"> · <xsl:value-of select="@returned-by"/></xsl:if>
                <br/><xsl:call-template name="msg.hw.reason"/>: <xsl:for-each select="reason"><xsl:call-template name="hw-lines"/></xsl:for-each>
              </p>
            </xsl:if>
            <xsl:for-each select="body"><p><xsl:call-template name="hw-lines"/></p></xsl:for-each>
            <xsl:if test="file">
              <ul>
                <xsl:for-each select="file">
                  <li><a href="{$base}/submissions/{$sub}/files/{@id}"><xsl:value-of select="@name"/></a>
                    <span class="meta"><xsl:text> · </xsl:text><xsl:value-of select="format-number(@size div 1024, '#,##0.0')"/> KB</span></li>
                </xsl:for-each>
              </ul>
            </xsl:if>
          </div>
        </li>
      </xsl:for-each>
    </ol>
  </xsl:template>

  <!-- My homework: what is due first, then what waits for me, then what is done. -->
  <xsl:template match="homework-list" mode="body">
    <h1><xsl:call-template name="msg.hw.mine"/></h1>
    <xsl:if test="@course"><p><a href="{$base}/homework"><xsl:call-template name="msg.hw.all_courses"/></a></p></xsl:if>
    <xsl:if test="not(homework)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:if>
    <xsl:call-template name="hw-part"><xsl:with-param name="stage">due_soon</xsl:with-param></xsl:call-template>
    <xsl:call-template name="hw-part"><xsl:with-param name="stage">open</xsl:with-param></xsl:call-template>
    <xsl:call-template name="hw-part"><xsl:with-param name="stage">returned</xsl:with-param></xsl:call-template>
    <xsl:call-template name="hw-part"><xsl:with-param name="stage">overdue</xsl:with-param></xsl:call-template>
    <xsl:call-template name="hw-part"><xsl:with-param name="stage">submitted</xsl:with-param></xsl:call-template>
    <xsl:call-template name="hw-part"><xsl:with-param name="stage">graded</xsl:with-param></xsl:call-template>
  </xsl:template>

  <!-- The learner's homework in one stage, when there is any. -->
  <xsl:template name="hw-part">
    <xsl:param name="stage"/>
    <xsl:variable name="items" select="homework[@stage = $stage]"/>
    <xsl:if test="$items">
      <h2><xsl:call-template name="hw-stage"><xsl:with-param name="s" select="$stage"/></xsl:call-template></h2>
      <ul class="list">
        <xsl:for-each select="$items">
          <li>
            <a href="{$base}/homework/{@id}"><xsl:value-of select="."/></a>
            <span class="meta">
              <xsl:value-of select="@course-name"/>
              <xsl:text> · </xsl:text><xsl:call-template name="msg.learning.due"/><xsl:text> </xsl:text><xsl:value-of select="@due"/>
              <xsl:if test="@late = 1"><xsl:text> · </xsl:text><xsl:call-template name="msg.hw.late"/></xsl:if>
              <xsl:if test="@stage = 'overdue' and @late-allowed = 1"><xsl:text> · </xsl:text><xsl:call-template name="msg.hw.late_open"/></xsl:if>
              <xsl:if test="@score"><xsl:text> · </xsl:text><xsl:call-template name="msg.hw.score"/><xsl:text> </xsl:text><xsl:value-of select="@score"/> / <xsl:value-of select="@max-score"/></xsl:if>
            </span>
          </li>
        </xsl:for-each>
      </ul>
    </xsl:if>
  </xsl:template>

  <!-- A homework: what is asked and by when, where I stand, the hand-in form, my hand-ins. -->
  <xsl:template match="page[@name='homework']/homework" mode="body">
    <p class="meta"><a href="{$base}/courses/{@course}"><xsl:value-of select="@course-name"/></a>
      <xsl:text> · </xsl:text><a href="{$base}/homework"><xsl:call-template name="msg.hw.mine"/></a></p>
    <h1><xsl:value-of select="title"/></h1>
    <xsl:if test="@done = 'handed'">
      <p class="note" role="status"><xsl:call-template name="msg.hw.handed"/></p>
    </xsl:if>
    <dl class="facts">
      <dt><xsl:call-template name="msg.hw.due"/></dt><dd><xsl:value-of select="@due"/></dd>
      <dt><xsl:call-template name="msg.hw.max_score"/></dt><dd><xsl:value-of select="@max-score"/></dd>
      <dt><xsl:call-template name="msg.hw.late_rule"/></dt>
      <dd>
        <xsl:choose>
          <xsl:when test="@late-allowed = 1"><xsl:call-template name="msg.hw.late_allowed"/></xsl:when>
          <xsl:otherwise><xsl:call-template name="msg.hw.late_refused"/></xsl:otherwise>
        </xsl:choose>
      </dd>
      <dt><xsl:call-template name="msg.field.status"/></dt><dd><xsl:call-template name="hw-stage"/></dd>
      <xsl:if test="@submitted">
        <dt><xsl:call-template name="msg.hw.submitted_at"/></dt>
        <dd><xsl:value-of select="@submitted"/><xsl:if test="@late = 1"><xsl:text> · </xsl:text><xsl:call-template name="msg.hw.late"/></xsl:if></dd>
      </xsl:if>
      <xsl:if test="@score">
        <dt><xsl:call-template name="msg.hw.score"/></dt><dd><strong><xsl:value-of select="@score"/></strong> / <xsl:value-of select="@max-score"/></dd>
      </xsl:if>
    </dl>
    <xsl:if test="feedback">
      <h2><xsl:call-template name="msg.hw.feedback"/></h2>
      <p><xsl:for-each select="feedback"><xsl:call-template name="hw-lines"/></xsl:for-each></p>
    </xsl:if>
    <h2><xsl:call-template name="msg.hw.instructions"/></h2>
    <div class="rich"><xsl:apply-templates select="rich/node()" mode="rich"/></div>
    <xsl:choose>
      <xsl:when test="@open = 1"><xsl:call-template name="hw-form"/></xsl:when>
      <xsl:when test="@stage = 'overdue'"><p class="warn"><xsl:call-template name="msg.hw.closed"/></p></xsl:when>
      <xsl:when test="@stage = 'submitted'"><p class="note"><xsl:call-template name="msg.hw.waiting"/></p></xsl:when>
    </xsl:choose>
    <xsl:if test="version">
      <h2><xsl:call-template name="msg.hw.history"/></h2>
      <xsl:call-template name="hw-versions"><xsl:with-param name="sub" select="@submission"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- The hand-in: the text and up to @files files, sent as one form (no script needed). -->
  <xsl:template name="hw-form">
    <h2>
      <xsl:choose>
        <xsl:when test="@stage = 'returned'"><xsl:call-template name="msg.hw.hand_again"/></xsl:when>
        <xsl:otherwise><xsl:call-template name="msg.hw.hand_in"/></xsl:otherwise>
      </xsl:choose>
    </h2>
    <xsl:if test="@stage = 'overdue'"><p class="warn"><xsl:call-template name="msg.hw.late_warning"/></p></xsl:if>
    <form class="form" method="post" action="{$base}/homework/{@id}" enctype="multipart/form-data">
      <xsl:call-template name="csrf"/>
      <xsl:call-template name="micro-textarea">
        <xsl:with-param name="name">body</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.hw.body"/></xsl:with-param>
        <xsl:with-param name="max">10000</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="hw-file"/>
      <p class="meta" id="h-files">
        <xsl:call-template name="msg.hw.files_rule"/><xsl:text> </xsl:text>
        <xsl:value-of select="format-number(@upload-max div 1048576, '#,##0.#')"/> MB
      </p>
      <p><button type="submit"><xsl:call-template name="msg.hw.submit"/></button></p>
    </form>
  </xsl:template>

  <!-- File field $n and the ones after it, up to @files. -->
  <xsl:template name="hw-file">
    <xsl:param name="n" select="1"/>
    <xsl:variable name="name" select="concat('file', $n)"/>
    <xsl:variable name="err" select="/page/errors/error[@field = $name]"/>
    <p class="field">
      <label for="f-{$name}"><xsl:call-template name="msg.hw.file"/><xsl:text> </xsl:text><xsl:value-of select="$n"/></label>
      <input id="f-{$name}" name="{$name}" type="file" aria-describedby="h-files">
        <xsl:if test="$err">
          <xsl:attribute name="aria-invalid">true</xsl:attribute>
          <xsl:attribute name="aria-describedby">h-files e-<xsl:value-of select="$name"/></xsl:attribute>
        </xsl:if>
      </input>
      <xsl:if test="$err"><span class="ferr" id="e-{$name}"><xsl:value-of select="$err[1]"/></span></xsl:if>
    </p>
    <xsl:if test="$n &lt; @files">
      <xsl:call-template name="hw-file"><xsl:with-param name="n" select="$n + 1"/></xsl:call-template>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
