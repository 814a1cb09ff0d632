<?xml version="1.0" encoding="UTF-8"?>
<!-- plans.xsl - learning plans (学习计划) in the back office: the list and the editor with its
     ordered course rows, the minimum elective credit and the onboarding flag. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="page[@name='plans']" mode="title"><xsl:call-template name="msg.plan.title"/></xsl:template>
  <xsl:template match="page[@name='plan-edit']" mode="title">
    <xsl:choose>
      <xsl:when test="/page/plan-edit/plan"><xsl:value-of select="/page/plan-edit/plan/text()"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.plan.new"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="plans" mode="body">
    <h1><xsl:call-template name="msg.plan.title"/></h1>
    <xsl:call-template name="assign-links"/>
    <p><a class="button" href="{$base}/plans/new"><xsl:call-template name="msg.plan.new"/></a></p>
    <xsl:call-template name="list-range"/>
    <xsl:choose>
      <xsl:when test="not(plan)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
      <xsl:otherwise>
        <table class="grid">
          <thead><tr>
            <th scope="col"><xsl:call-template name="msg.plan.name"/></th>
            <th scope="col"><xsl:call-template name="msg.plan.min_elective"/></th>
            <th scope="col"><xsl:call-template name="msg.assign.title"/></th>
          </tr></thead>
          <tbody>
            <xsl:for-each select="plan">
              <tr>
                <td>
                  <xsl:choose>
                    <xsl:when test="@editable = 1"><a href="{$base}/plans/{@id}"><xsl:value-of select="."/></a></xsl:when>
                    <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
                  </xsl:choose>
                  <xsl:if test="@onboarding = 1"><span class="meta"> · <xsl:call-template name="msg.plan.onboarding"/></span></xsl:if>
                  <br/><span class="meta"><xsl:value-of select="@dept"/> · <xsl:call-template name="msg.plan.n_courses"><xsl:with-param name="n" select="@courses"/></xsl:call-template></span>
                </td>
                <td><xsl:value-of select="@min-elective"/></td>
                <td>
                  <xsl:value-of select="@assignments"/>
                  <xsl:text> · </xsl:text>
                  <a href="{$base}/assignments/new?plan={@id}"><xsl:call-template name="msg.plan.assign"/></a>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <!-- One course row of the editor: which course, required or elective. -->
  <xsl:template name="plan-row">
    <xsl:param name="n"/>
    <xsl:param name="course"/>
    <xsl:param name="kind"/>
    <xsl:variable name="courses" select="/page/plan-edit/courses/course"/>
    <p class="field">
      <label for="f-course-{$n}"><xsl:call-template name="msg.assign.course"/><xsl:text> </xsl:text><xsl:value-of select="$n"/></label>
      <select id="f-course-{$n}" name="course">
        <option value=""><xsl:call-template name="msg.assign.none"/></option>
        <xsl:for-each select="$courses">
          <option value="{@id}">
            <xsl:if test="@id = $course"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
            <xsl:value-of select="."/> (<xsl:value-of select="@credits"/>)
          </option>
        </xsl:for-each>
      </select>
      <xsl:text> </xsl:text>
      <label class="sr" for="f-kind-{$n}"><xsl:call-template name="msg.course.type"/><xsl:text> </xsl:text><xsl:value-of select="$n"/></label>
      <select id="f-kind-{$n}" name="kind">
        <xsl:call-template name="option"><xsl:with-param name="v">required</xsl:with-param><xsl:with-param name="cur" select="$kind"/><xsl:with-param name="label"><xsl:call-template name="msg.course.required"/></xsl:with-param></xsl:call-template>
        <xsl:call-template name="option"><xsl:with-param name="v">elective</xsl:with-param><xsl:with-param name="cur" select="$kind"/><xsl:with-param name="label"><xsl:call-template name="msg.course.elective"/></xsl:with-param></xsl:call-template>
      </select>
    </p>
  </xsl:template>

  <!-- Blank rows up to $to, numbered from $n. -->
  <xsl:template name="plan-blank-rows">
    <xsl:param name="n"/>
    <xsl:param name="to"/>
    <xsl:if test="$n &lt;= $to">
      <xsl:call-template name="plan-row"><xsl:with-param name="n" select="$n"/></xsl:call-template>
      <xsl:call-template name="plan-blank-rows"><xsl:with-param name="n" select="$n + 1"/><xsl:with-param name="to" select="$to"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="plan-edit" mode="body">
    <xsl:variable name="p" select="plan"/>
    <xsl:variable name="posted" select="/page/posted"/>
    <xsl:variable name="err" select="/page/errors/error[@field = 'courses']"/>
    <h1>
      <xsl:choose>
        <xsl:when test="$p"><xsl:value-of select="$p/text()"/></xsl:when>
        <xsl:otherwise><xsl:call-template name="msg.plan.new"/></xsl:otherwise>
      </xsl:choose>
    </h1>
    <xsl:call-template name="assign-links"/>
    <xsl:if test="$p/@done"><p class="note" role="status"><xsl:call-template name="msg.saved"/></p></xsl:if>
    <form class="form" method="post">
      <xsl:attribute name="action">
        <xsl:value-of select="$base"/>/plans<xsl:if test="$p">/<xsl:value-of select="$p/@id"/></xsl:if>
      </xsl:attribute>
      <xsl:call-template name="csrf"/>
      <xsl:call-template name="input">
        <xsl:with-param name="name">name</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.plan.name"/></xsl:with-param>
        <xsl:with-param name="value" select="$p/text()"/>
        <xsl:with-param name="required">1</xsl:with-param>
        <xsl:with-param name="max">100</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="textarea">
        <xsl:with-param name="name">summary</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.course.summary"/></xsl:with-param>
        <xsl:with-param name="value" select="$p/summary"/>
      </xsl:call-template>
      <fieldset id="f-courses">
        <legend><xsl:call-template name="msg.plan.courses"/></legend>
        <xsl:if test="$err"><p class="ferr"><xsl:value-of select="$err[1]"/></p></xsl:if>
            <xsl:choose>
              <xsl:when test="$posted">
                <xsl:for-each select="$posted/field[@name = 'course']">
                  <xsl:variable name="i" select="position()"/>
                  <xsl:call-template name="plan-row">
                    <xsl:with-param name="n" select="$i"/>
                    <xsl:with-param name="course" select="."/>
                    <xsl:with-param name="kind" select="$posted/field[@name = 'kind'][$i]"/>
                  </xsl:call-template>
                </xsl:for-each>
              </xsl:when>
              <xsl:otherwise>
                <xsl:for-each select="$p/items/item">
                  <xsl:call-template name="plan-row">
                    <xsl:with-param name="n" select="position()"/>
                    <xsl:with-param name="course" select="@id"/>
                    <xsl:with-param name="kind"><xsl:choose><xsl:when test="@required = 1">required</xsl:when><xsl:otherwise>elective</xsl:otherwise></xsl:choose></xsl:with-param>
                  </xsl:call-template>
                </xsl:for-each>
                <xsl:call-template name="plan-blank-rows">
                  <xsl:with-param name="n" select="count($p/items/item) + 1"/>
                  <xsl:with-param name="to" select="count($p/items/item) + 4"/>
                </xsl:call-template>
              </xsl:otherwise>
            </xsl:choose>
        <p class="meta"><xsl:call-template name="msg.plan.courses_hint"/></p>
      </fieldset>
      <xsl:call-template name="input">
        <xsl:with-param name="name">min_elective</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.plan.min_elective"/></xsl:with-param>
        <xsl:with-param name="value" select="$p/@min-elective"/>
        <xsl:with-param name="max">6</xsl:with-param>
      </xsl:call-template>
      <xsl:if test="@admin = 1">
        <fieldset id="f-onboarding">
          <legend><xsl:call-template name="msg.plan.onboarding"/></legend>
          <p class="field">
            <label class="check">
              <input type="checkbox" id="f-onboarding-box" name="onboarding" value="1">
                <xsl:if test="($posted and $posted/field[@name = 'onboarding']) or (not($posted) and $p/@onboarding = 1)"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
              </input>
              <xsl:call-template name="msg.plan.onboarding_hint"/>
            </label>
          </p>
          <xsl:call-template name="input">
            <xsl:with-param name="name">training_days</xsl:with-param>
            <xsl:with-param name="label"><xsl:call-template name="msg.plan.training_days"/></xsl:with-param>
            <xsl:with-param name="type">number</xsl:with-param>
            <xsl:with-param name="value" select="$p/@training-days"/>
          </xsl:call-template>
        </fieldset>
      </xsl:if>
      <p><button type="submit"><xsl:call-template name="msg.save"/></button></p>
    </form>
    <xsl:if test="$p">
      <p><a href="{$base}/assignments/new?plan={$p/@id}"><xsl:call-template name="msg.plan.assign"/></a></p>
      <form class="inline-form" method="post" action="{$base}/plans/{$p/@id}/delete">
        <xsl:call-template name="csrf"/>
        <button type="submit"><xsl:call-template name="msg.plan.delete"/></button>
      </form>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
