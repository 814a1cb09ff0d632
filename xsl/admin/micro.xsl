<?xml version="1.0" encoding="UTF-8"?>
<!-- micro.xsl - the back office's micro-courses: the review queue, the scoring page with the
     100-point rubric form (附件1), publish or return, and the monthly allowance report. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:include href="../common/micro.xsl"/>

  <xsl:template match="page[@name='micro-queue']" mode="title"><xsl:call-template name="msg.micro.queue"/></xsl:template>
  <xsl:template match="page[@name='micro-review']" mode="title"><xsl:value-of select="micro-review/micro/title"/></xsl:template>
  <xsl:template match="page[@name='micro-report']" mode="title"><xsl:call-template name="msg.micro.report"/></xsl:template>

  <!-- The rubric's names: its four groups and eleven items. -->
  <xsl:template name="micro-rubric-label">
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="$n = 'topic'"><xsl:call-template name="msg.micro.group.topic"/></xsl:when>
      <xsl:when test="$n = 'design'"><xsl:call-template name="msg.micro.group.design"/></xsl:when>
      <xsl:when test="$n = 'presentation'"><xsl:call-template name="msg.micro.group.presentation"/></xsl:when>
      <xsl:when test="$n = 'norms'"><xsl:call-template name="msg.micro.group.norms"/></xsl:when>
      <xsl:when test="$n = 'goal'"><xsl:call-template name="msg.micro.item.goal"/></xsl:when>
      <xsl:when test="$n = 'practical'"><xsl:call-template name="msg.micro.item.practical"/></xsl:when>
      <xsl:when test="$n = 'content'"><xsl:call-template name="msg.micro.item.content"/></xsl:when>
      <xsl:when test="$n = 'naming'"><xsl:call-template name="msg.micro.item.naming"/></xsl:when>
      <xsl:when test="$n = 'process'"><xsl:call-template name="msg.micro.item.process"/></xsl:when>
      <xsl:when test="$n = 'structure'"><xsl:call-template name="msg.micro.item.structure"/></xsl:when>
      <xsl:when test="$n = 'creative'"><xsl:call-template name="msg.micro.item.creative"/></xsl:when>
      <xsl:when test="$n = 'visual'"><xsl:call-template name="msg.micro.item.visual"/></xsl:when>
      <xsl:when test="$n = 'sound'"><xsl:call-template name="msg.micro.item.sound"/></xsl:when>
      <xsl:when test="$n = 'tech'"><xsl:call-template name="msg.micro.item.tech"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.micro.item.material"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="page[@name='micro-queue']/micros" mode="body">
    <h1><xsl:call-template name="msg.micro.queue"/></h1>
    <xsl:if test="contains(/page/user/@roles, 'admin')">
      <p><a href="{$base}/micro/report"><xsl:call-template name="msg.micro.report"/></a></p>
    </xsl:if>
    <xsl:variable name="any"><xsl:call-template name="msg.any"/></xsl:variable>
    <form class="filters" method="get" action="{$base}/micro">
      <p class="field">
        <label for="f-status"><xsl:call-template name="msg.field.status"/></label>
        <select id="f-status" name="status">
          <option value=""><xsl:value-of select="$any"/></option>
          <xsl:call-template name="option"><xsl:with-param name="v">submitted</xsl:with-param><xsl:with-param name="cur" select="@status"/><xsl:with-param name="label"><xsl:call-template name="msg.micro.status.submitted"/></xsl:with-param></xsl:call-template>
          <xsl:call-template name="option"><xsl:with-param name="v">published</xsl:with-param><xsl:with-param name="cur" select="@status"/><xsl:with-param name="label"><xsl:call-template name="msg.micro.status.published"/></xsl:with-param></xsl:call-template>
          <xsl:call-template name="option"><xsl:with-param name="v">returned</xsl:with-param><xsl:with-param name="cur" select="@status"/><xsl:with-param name="label"><xsl:call-template name="msg.micro.status.returned"/></xsl:with-param></xsl:call-template>
        </select>
      </p>
      <xsl:call-template name="input">
        <xsl:with-param name="name">month</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.micro.upload_month"/></xsl:with-param>
        <xsl:with-param name="type">month</xsl:with-param>
        <xsl:with-param name="value" select="@month"/>
      </xsl:call-template>
      <p><button type="submit"><xsl:call-template name="msg.filter"/></button></p>
    </form>
    <xsl:call-template name="list-range"/>
    <xsl:choose>
      <xsl:when test="not(micro)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
      <xsl:otherwise>
        <table class="grid">
          <thead><tr>
            <th scope="col"><xsl:call-template name="msg.micro.field.title"/></th>
            <th scope="col"><xsl:call-template name="msg.micro.author"/></th>
            <th scope="col"><xsl:call-template name="msg.field.status"/></th>
            <th scope="col"><xsl:call-template name="msg.micro.sheets"/></th>
            <th scope="col"><xsl:call-template name="msg.micro.score"/></th>
          </tr></thead>
          <tbody>
            <xsl:for-each select="micro">
              <tr>
                <td><a href="{$base}/micro/{@id}"><xsl:value-of select="title"/></a>
                  <br/><span class="meta"><xsl:value-of select="@created"/> · <xsl:call-template name="micro-length"/></span></td>
                <td><xsl:value-of select="@author"/><br/><span class="meta"><xsl:value-of select="@dept"/></span></td>
                <td><xsl:call-template name="micro-status"><xsl:with-param name="s" select="@status"/></xsl:call-template></td>
                <td><xsl:value-of select="@sheets"/>
                  <xsl:if test="@my-total"><br/><span class="meta"><xsl:call-template name="msg.micro.my_total"/> <xsl:value-of select="@my-total"/></span></xsl:if></td>
                <td><xsl:value-of select="@score"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <!-- One rubric item as a labelled number input bounded by its maximum; what was posted wins. -->
  <xsl:template name="micro-score-input">
    <xsl:variable name="name" select="@name"/>
    <xsl:variable name="posted" select="/page/posted/field[@name = $name]"/>
    <xsl:variable name="err" select="/page/errors/error[@field = $name]"/>
    <p class="field">
      <label for="f-{$name}">
        <xsl:call-template name="micro-rubric-label"><xsl:with-param name="n" select="$name"/></xsl:call-template>
        <xsl:text> (0–</xsl:text><xsl:value-of select="@max"/><xsl:text>)</xsl:text>
      </label>
      <input id="f-{$name}" name="{$name}" type="number" min="0" max="{@max}" step="1" required="required" inputmode="numeric">
        <xsl:attribute name="value">
          <xsl:choose>
            <xsl:when test="$posted"><xsl:value-of select="$posted"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="@value"/></xsl:otherwise>
          </xsl:choose>
        </xsl:attribute>
        <xsl:if test="$err">
          <xsl:attribute name="aria-invalid">true</xsl:attribute>
          <xsl:attribute name="aria-describedby">e-<xsl:value-of select="$name"/></xsl:attribute>
        </xsl:if>
      </input>
      <xsl:if test="$err"><span class="ferr" id="e-{$name}"><xsl:value-of select="$err[1]"/></span></xsl:if>
    </p>
  </xsl:template>

  <xsl:template match="micro-review" mode="body">
    <xsl:variable name="m" select="micro"/>
    <h1><xsl:value-of select="$m/title"/></h1>
    <xsl:if test="@done">
      <p class="note" role="status">
        <xsl:choose>
          <xsl:when test="@done = 'published'"><xsl:call-template name="msg.micro.done.published"/></xsl:when>
          <xsl:when test="@done = 'returned'"><xsl:call-template name="msg.micro.done.returned"/></xsl:when>
          <xsl:otherwise><xsl:call-template name="msg.micro.done.scored"/></xsl:otherwise>
        </xsl:choose>
      </p>
    </xsl:if>
    <p><a href="{$base}/micro"><xsl:call-template name="msg.micro.queue"/></a></p>
    <xsl:for-each select="$m">
      <p class="meta">
        <xsl:call-template name="micro-status"><xsl:with-param name="s" select="@status"/></xsl:call-template>
        <xsl:text> · </xsl:text><xsl:value-of select="@author"/>
        <xsl:text> · </xsl:text><xsl:value-of select="@dept"/>
        <xsl:text> · </xsl:text><xsl:value-of select="@created"/>
        <xsl:text> · </xsl:text><xsl:call-template name="micro-length"/>
      </p>
      <xsl:call-template name="micro-video"/>
      <p class="pre"><xsl:value-of select="summary"/></p>
      <xsl:for-each select="quiz[item]"><xsl:call-template name="micro-quiz"/></xsl:for-each>
      <h2><xsl:call-template name="msg.micro.sheets"/></h2>
      <xsl:choose>
        <xsl:when test="not(sheets/sheet)"><p class="empty"><xsl:call-template name="msg.micro.unscored"/></p></xsl:when>
        <xsl:otherwise>
          <ul class="list">
            <xsl:for-each select="sheets/sheet">
              <xsl:variable name="sheet" select="."/>
              <li>
                <div>
                  <span class="title"><xsl:value-of select="@reviewer"/> · <xsl:call-template name="msg.micro.total"/><xsl:text> </xsl:text><xsl:value-of select="@total"/></span>
                  <xsl:if test="string(.) != ''"><p class="meta"><xsl:value-of select="."/></p></xsl:if>
                  <p class="meta">
                    <xsl:for-each select="/page/micro-review/rubric/group/item">
                      <xsl:if test="position() &gt; 1"> · </xsl:if>
                      <xsl:call-template name="micro-rubric-label"><xsl:with-param name="n" select="@name"/></xsl:call-template>
                      <xsl:text> </xsl:text><xsl:value-of select="$sheet/@*[name() = current()/@name]"/>
                    </xsl:for-each>
                  </p>
                </div>
                <span class="meta"><xsl:value-of select="@at"/></span>
              </li>
            </xsl:for-each>
          </ul>
          <p><strong><xsl:call-template name="msg.micro.final"/>: <xsl:value-of select="@score"/></strong>
            <xsl:if test="@allowance"> · <xsl:call-template name="msg.micro.allowance"/>: <xsl:value-of select="@allowance"/> · <xsl:value-of select="@pay-month"/></xsl:if>
          </p>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="reason"><p class="warn"><xsl:call-template name="msg.micro.reason"/>: <xsl:value-of select="reason"/></p></xsl:if>
    </xsl:for-each>
    <xsl:choose>
      <xsl:when test="$m/@status != 'submitted'">
        <p class="meta"><xsl:call-template name="msg.micro.closed"/></p>
      </xsl:when>
      <xsl:when test="$m/@mine">
        <p class="warn"><xsl:call-template name="msg.micro.own"/></p>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="micro-score-form"/>
        <xsl:call-template name="micro-decide-forms"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The rubric form: one fieldset per group, one number input per item. -->
  <xsl:template name="micro-score-form">
    <h2><xsl:call-template name="msg.micro.rubric"/></h2>
    <form class="form" method="post" action="{$base}/micro/{micro/@id}/score">
      <xsl:call-template name="csrf"/>
      <xsl:for-each select="rubric/group">
        <fieldset>
          <legend>
            <xsl:call-template name="micro-rubric-label"><xsl:with-param name="n" select="@name"/></xsl:call-template>
            <xsl:text> (</xsl:text><xsl:value-of select="@max"/><xsl:text>)</xsl:text>
          </legend>
          <xsl:for-each select="item"><xsl:call-template name="micro-score-input"/></xsl:for-each>
        </fieldset>
      </xsl:for-each>
      <xsl:call-template name="micro-textarea">
        <xsl:with-param name="name">comment</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.micro.comment"/></xsl:with-param>
        <xsl:with-param name="max">500</xsl:with-param>
      </xsl:call-template>
      <p><button type="submit"><xsl:call-template name="msg.micro.save_score"/></button></p>
    </form>
  </xsl:template>

  <!-- Publish (with at least one sheet) or return with a reason. -->
  <xsl:template name="micro-decide-forms">
    <h2><xsl:call-template name="msg.micro.decide"/></h2>
    <p class="meta"><xsl:call-template name="msg.micro.rule_score"><xsl:with-param name="base" select="@base"/></xsl:call-template></p>
    <xsl:if test="micro/sheets/sheet">
      <form class="inline-form" method="post" action="{$base}/micro/{micro/@id}/state">
        <xsl:call-template name="csrf"/>
        <button name="action" value="publish"><xsl:call-template name="msg.micro.publish"/></button>
      </form>
    </xsl:if>
    <form class="inline-form" method="post" action="{$base}/micro/{micro/@id}/state">
      <xsl:call-template name="csrf"/>
      <xsl:variable name="err" select="/page/errors/error[@field = 'reason']"/>
      <label for="f-reason"><xsl:call-template name="msg.micro.reason"/></label>
      <input id="f-reason" name="reason" maxlength="500">
        <xsl:if test="$err">
          <xsl:attribute name="aria-invalid">true</xsl:attribute>
          <xsl:attribute name="aria-describedby">e-reason</xsl:attribute>
        </xsl:if>
      </input>
      <button name="action" value="return"><xsl:call-template name="msg.micro.return"/></button>
      <xsl:if test="$err"><span class="ferr" id="e-reason"><xsl:value-of select="$err[1]"/></span></xsl:if>
    </form>
  </xsl:template>

  <!-- The month's allowance for HR: every published micro-course, the total, and by department. -->
  <xsl:template match="micro-report" mode="body">
    <h1><xsl:call-template name="msg.micro.report"/></h1>
    <form class="filters" method="get" action="{$base}/micro/report">
      <xsl:call-template name="input">
        <xsl:with-param name="name">month</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.micro.month"/></xsl:with-param>
        <xsl:with-param name="type">month</xsl:with-param>
        <xsl:with-param name="value" select="@month"/>
        <xsl:with-param name="required">1</xsl:with-param>
      </xsl:call-template>
      <p><button type="submit"><xsl:call-template name="msg.micro.show"/></button></p>
    </form>
    <p class="meta"><xsl:call-template name="msg.micro.rule_report"><xsl:with-param name="base" select="@base"/></xsl:call-template></p>
    <p><a class="button" href="{$base}/micro/report.csv?month={@month}"><xsl:call-template name="msg.micro.csv"/></a></p>
    <xsl:choose>
      <xsl:when test="not(row)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
      <xsl:otherwise>
        <table class="grid">
          <thead><tr>
            <th scope="col"><xsl:call-template name="msg.micro.author"/></th>
            <th scope="col"><xsl:call-template name="msg.field.emp_no"/></th>
            <th scope="col"><xsl:call-template name="msg.field.dept"/></th>
            <th scope="col"><xsl:call-template name="msg.micro.field.title"/></th>
            <th scope="col"><xsl:call-template name="msg.micro.score"/></th>
            <th scope="col"><xsl:call-template name="msg.micro.allowance"/></th>
          </tr></thead>
          <tbody>
            <xsl:for-each select="row">
              <tr>
                <td><xsl:value-of select="@author"/></td>
                <td><xsl:value-of select="@emp-no"/></td>
                <td><xsl:value-of select="@dept"/></td>
                <td><a href="{$base}/micro/{@id}"><xsl:value-of select="."/></a></td>
                <td><xsl:value-of select="@score"/></td>
                <td><xsl:value-of select="@allowance"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
          <tfoot><tr>
            <th scope="row" colspan="4"><xsl:call-template name="msg.micro.month_total"/> (<xsl:value-of select="@count"/>)</th>
            <td><xsl:value-of select="@points"/></td>
            <td><xsl:value-of select="@total"/></td>
          </tr></tfoot>
        </table>
        <h2><xsl:call-template name="msg.micro.by_dept"/></h2>
        <table class="grid">
          <thead><tr>
            <th scope="col"><xsl:call-template name="msg.field.dept"/></th>
            <th scope="col"><xsl:call-template name="msg.micro.count"/></th>
            <th scope="col"><xsl:call-template name="msg.micro.points"/></th>
            <th scope="col"><xsl:call-template name="msg.micro.allowance"/></th>
          </tr></thead>
          <tbody>
            <xsl:for-each select="dept">
              <tr>
                <td><xsl:value-of select="."/></td>
                <td><xsl:value-of select="@count"/></td>
                <td><xsl:value-of select="@points"/></td>
                <td><xsl:value-of select="@allowance"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
