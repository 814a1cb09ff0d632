<?xml version="1.0" encoding="UTF-8"?>
<!-- assign.xsl - assignment (指派) in the back office: the assigner's list, the new-assignment
     form with its audience pickers, who stands where on one assignment, and the monthly HR report. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="page[@name='assignments']" mode="title"><xsl:call-template name="msg.assign.title"/></xsl:template>
  <xsl:template match="page[@name='assign-new']" mode="title"><xsl:call-template name="msg.assign.new"/></xsl:template>
  <xsl:template match="page[@name='assignment']" mode="title" priority="1"><xsl:value-of select="/page/assignment/@name"/></xsl:template>
  <xsl:template match="page[@name='hr']" mode="title"><xsl:call-template name="msg.hr.title"/></xsl:template>

  <!-- Where a person stands on an assignment. Called once per row of the progress
       page: the commonest states are tested first (each test is an XPath evaluation). -->
  <xsl:template name="assign-state">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="$s = 'not_started'"><xsl:call-template name="msg.assign.state.not_started"/></xsl:when>
      <xsl:when test="$s = 'in_progress'"><xsl:call-template name="msg.assign.state.in_progress"/></xsl:when>
      <xsl:when test="$s = 'on_time'"><xsl:call-template name="msg.assign.state.on_time"/></xsl:when>
      <xsl:when test="$s = 'overdue'"><xsl:call-template name="msg.assign.state.overdue"/></xsl:when>
      <xsl:when test="$s = 'late'"><xsl:call-template name="msg.assign.state.late"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.assign.state.not_started"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="assign-type">
    <xsl:choose>
      <xsl:when test="@required = 1"><xsl:call-template name="msg.course.required"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.course.elective"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The deadline: a date, or for the onboarding plan days after joining. -->
  <xsl:template name="assign-due">
    <xsl:choose>
      <xsl:when test="@due"><xsl:value-of select="@due"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.assign.due_days"><xsl:with-param name="n" select="@due-days"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="assign-links">
    <p class="actions">
      <a href="{$base}/assignments"><xsl:call-template name="msg.assign.title"/></a>
      <xsl:text> · </xsl:text>
      <a href="{$base}/assignments/new"><xsl:call-template name="msg.assign.new"/></a>
      <xsl:variable name="r" select="/page/user/@roles"/>
      <xsl:if test="contains($r, 'admin') or contains($r, 'head') or contains($r, 'officer')">
        <xsl:text> · </xsl:text>
        <a href="{$base}/plans"><xsl:call-template name="msg.plan.title"/></a>
        <xsl:text> · </xsl:text>
        <a href="{$base}/hr"><xsl:call-template name="msg.hr.title"/></a>
      </xsl:if>
    </p>
  </xsl:template>

  <xsl:template match="assignments" mode="body">
    <h1><xsl:call-template name="msg.assign.title"/></h1>
    <xsl:call-template name="assign-links"/>
    <xsl:call-template name="list-range"/>
    <xsl:choose>
      <xsl:when test="not(assignment)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
      <xsl:otherwise>
        <table class="grid">
          <thead><tr>
            <th scope="col"><xsl:call-template name="msg.assign.what"/></th>
            <th scope="col"><xsl:call-template name="msg.assign.audience"/></th>
            <th scope="col"><xsl:call-template name="msg.assign.due"/></th>
            <th scope="col"><xsl:call-template name="msg.assign.people"/></th>
          </tr></thead>
          <tbody>
            <xsl:for-each select="assignment">
              <tr>
                <td>
                  <a href="{$base}/assignments/{@id}"><xsl:value-of select="@name"/></a>
                  <xsl:if test="@what = 'plan'"><span class="meta"> (<xsl:call-template name="msg.plan.one"/>)</span></xsl:if>
                  <br/><span class="meta"><xsl:value-of select="@by"/> · <xsl:value-of select="@at"/></span>
                </td>
                <td><xsl:value-of select="@audience"/></td>
                <td><xsl:call-template name="assign-due"/><br/><span class="meta"><xsl:call-template name="assign-type"/></span></td>
                <td><xsl:value-of select="@people"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <!-- A multiple select of one organisation list; what was posted stays chosen. -->
  <xsl:template name="assign-multi">
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="items"/>
    <xsl:variable name="posted" select="/page/posted/field[@name = $name]"/>
    <p class="field">
      <label for="f-{$name}"><xsl:value-of select="$label"/></label>
      <select id="f-{$name}" name="{$name}" multiple="multiple" size="5">
        <xsl:call-template name="list-options">
          <xsl:with-param name="items" select="$items"/>
          <xsl:with-param name="chosen" select="$posted"/>
        </xsl:call-template>
      </select>
    </p>
  </xsl:template>

  <xsl:template match="assign-new" mode="body">
    <xsl:variable name="any"><xsl:call-template name="msg.assign.none"/></xsl:variable>
    <h1><xsl:call-template name="msg.assign.new"/></h1>
    <xsl:call-template name="assign-links"/>
    <form class="form" method="post" action="{$base}/assignments">
      <xsl:call-template name="csrf"/>
      <fieldset>
        <legend><xsl:call-template name="msg.assign.what"/></legend>
        <xsl:call-template name="select">
          <xsl:with-param name="name">course</xsl:with-param>
          <xsl:with-param name="label"><xsl:call-template name="msg.assign.course"/></xsl:with-param>
          <xsl:with-param name="items" select="courses/course"/>
          <xsl:with-param name="value" select="@course"/>
          <xsl:with-param name="any" select="$any"/>
        </xsl:call-template>
        <xsl:call-template name="select">
          <xsl:with-param name="name">plan</xsl:with-param>
          <xsl:with-param name="label"><xsl:call-template name="msg.plan.one"/></xsl:with-param>
          <xsl:with-param name="items" select="plans/plan"/>
          <xsl:with-param name="value" select="@plan"/>
          <xsl:with-param name="any" select="$any"/>
        </xsl:call-template>
        <p class="meta"><xsl:call-template name="msg.assign.what_hint"/></p>
      </fieldset>
      <xsl:call-template name="input">
        <xsl:with-param name="name">due</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.assign.due"/></xsl:with-param>
        <xsl:with-param name="type">date</xsl:with-param>
        <xsl:with-param name="required">1</xsl:with-param>
      </xsl:call-template>
      <p class="field">
        <label for="f-type"><xsl:call-template name="msg.course.type"/></label>
        <select id="f-type" name="type">
          <xsl:call-template name="option"><xsl:with-param name="v">required</xsl:with-param><xsl:with-param name="cur" select="/page/posted/field[@name = 'type']"/><xsl:with-param name="label"><xsl:call-template name="msg.course.required"/></xsl:with-param></xsl:call-template>
          <xsl:call-template name="option"><xsl:with-param name="v">elective</xsl:with-param><xsl:with-param name="cur" select="/page/posted/field[@name = 'type']"/><xsl:with-param name="label"><xsl:call-template name="msg.course.elective"/></xsl:with-param></xsl:call-template>
        </select>
      </p>
      <fieldset id="f-audience">
        <legend><xsl:call-template name="msg.assign.audience"/></legend>
        <xsl:if test="/page/depts/dept">
          <xsl:call-template name="assign-multi">
            <xsl:with-param name="name">aud_dept</xsl:with-param>
            <xsl:with-param name="label"><xsl:call-template name="msg.field.dept"/></xsl:with-param>
            <xsl:with-param name="items" select="/page/depts/dept[@active = 1]"/>
          </xsl:call-template>
          <p class="field">
            <label class="check">
              <input type="checkbox" id="f-subtree" name="subtree" value="1">
                <xsl:if test="/page/posted/field[@name = 'subtree']"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
              </input>
              <xsl:call-template name="msg.assign.subtree"/>
            </label>
          </p>
        </xsl:if>
        <xsl:if test="@posts = 1">
          <xsl:call-template name="assign-multi">
            <xsl:with-param name="name">aud_post</xsl:with-param>
            <xsl:with-param name="label"><xsl:call-template name="msg.field.post"/></xsl:with-param>
            <xsl:with-param name="items" select="/page/posts/post[@active = 1]"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:if test="/page/groups/group">
          <xsl:call-template name="assign-multi">
            <xsl:with-param name="name">aud_group</xsl:with-param>
            <xsl:with-param name="label"><xsl:call-template name="msg.field.groups"/></xsl:with-param>
            <xsl:with-param name="items" select="/page/groups/group[@active = 1]"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:variable name="err" select="/page/errors/error[@field = 'logins']"/>
        <p class="field">
          <label for="f-logins"><xsl:call-template name="msg.assign.logins"/></label>
          <textarea id="f-logins" name="logins" rows="2" maxlength="2000">
            <xsl:if test="$err"><xsl:attribute name="aria-invalid">true</xsl:attribute><xsl:attribute name="aria-describedby">e-logins</xsl:attribute></xsl:if>
            <xsl:value-of select="/page/posted/field[@name = 'logins']"/>
          </textarea>
          <xsl:if test="$err"><span class="ferr" id="e-logins"><xsl:value-of select="$err[1]"/></span></xsl:if>
        </p>
        <xsl:if test="apprentices/person">
          <p class="meta">
            <xsl:call-template name="msg.assign.apprentices"/>
            <xsl:for-each select="apprentices/person">
              <xsl:text> </xsl:text><xsl:value-of select="@login"/> (<xsl:value-of select="."/>)
            </xsl:for-each>
          </p>
        </xsl:if>
        <p class="meta"><xsl:call-template name="msg.assign.audience_hint"/></p>
      </fieldset>
      <p><button type="submit"><xsl:call-template name="msg.assign.submit"/></button></p>
    </form>
  </xsl:template>

  <!-- One assignment: what and to whom, the counts by state, then everyone it reached. -->
  <xsl:template match="assignment" mode="body">
    <h1><xsl:value-of select="@name"/></h1>
    <xsl:call-template name="assign-links"/>
    <xsl:if test="@done-note">
      <p class="note" role="status">
        <xsl:choose>
          <xsl:when test="@done-note = 'ended'"><xsl:call-template name="msg.assign.ended_note"/></xsl:when>
          <xsl:when test="@done-note = 'removed'"><xsl:call-template name="msg.assign.removed_note"/></xsl:when>
          <xsl:otherwise><xsl:call-template name="msg.assign.created"/></xsl:otherwise>
        </xsl:choose>
      </p>
    </xsl:if>
    <dl class="facts">
      <dt><xsl:call-template name="msg.assign.what"/></dt>
      <dd>
        <xsl:choose>
          <xsl:when test="@what = 'plan'"><xsl:call-template name="msg.plan.one"/></xsl:when>
          <xsl:otherwise><xsl:call-template name="msg.assign.course"/></xsl:otherwise>
        </xsl:choose>
        <xsl:if test="@onboarding = 1"> · <xsl:call-template name="msg.plan.onboarding"/></xsl:if>
      </dd>
      <dt><xsl:call-template name="msg.assign.due"/></dt><dd><xsl:call-template name="assign-due"/></dd>
      <dt><xsl:call-template name="msg.course.type"/></dt><dd><xsl:call-template name="assign-type"/></dd>
      <dt><xsl:call-template name="msg.assign.by"/></dt><dd><xsl:value-of select="@by"/> · <xsl:value-of select="@at"/></dd>
      <dt><xsl:call-template name="msg.assign.audience"/></dt>
      <dd>
        <xsl:for-each select="target[@kind != 'excluded']">
          <xsl:if test="position() &gt; 1">、</xsl:if>
          <xsl:choose>
            <xsl:when test="@kind = 'new_hire'"><xsl:call-template name="msg.assign.new_hires"/></xsl:when>
            <xsl:otherwise>
              <xsl:value-of select="."/>
              <xsl:if test="@kind = 'subtree'"><xsl:call-template name="msg.assign.with_subtree"/></xsl:if>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </dd>
      <xsl:if test="target[@kind = 'excluded']">
        <dt><xsl:call-template name="msg.assign.excluded"/></dt>
        <dd>
          <xsl:for-each select="target[@kind = 'excluded']">
            <xsl:if test="position() &gt; 1">、</xsl:if>
            <xsl:value-of select="."/> (<xsl:value-of select="@login"/>)
          </xsl:for-each>
        </dd>
      </xsl:if>
      <dt><xsl:call-template name="msg.assign.people"/></dt><dd><xsl:value-of select="@people"/></dd>
      <xsl:if test="@ended">
        <dt><xsl:call-template name="msg.assign.ended"/></dt><dd><xsl:value-of select="@ended"/></dd>
      </xsl:if>
    </dl>
    <xsl:if test="not(@ended)">
      <form method="post" action="{$base}/assignments/{@id}/end">
        <xsl:call-template name="csrf"/>
        <p><button type="submit"><xsl:call-template name="msg.assign.end"/></button>
          <span class="meta"><xsl:text> </xsl:text><xsl:call-template name="msg.assign.end_help"/></span></p>
      </form>
    </xsl:if>
    <xsl:apply-templates select="counts"/>
    <xsl:apply-templates select="people"/>
  </xsl:template>

  <xsl:template match="assignment/counts">
    <ul class="counts" aria-label="{../@name}">
      <xsl:call-template name="assign-count"><xsl:with-param name="s">not_started</xsl:with-param></xsl:call-template>
      <xsl:call-template name="assign-count"><xsl:with-param name="s">in_progress</xsl:with-param></xsl:call-template>
      <xsl:call-template name="assign-count"><xsl:with-param name="s">on_time</xsl:with-param></xsl:call-template>
      <xsl:call-template name="assign-count"><xsl:with-param name="s">late</xsl:with-param></xsl:call-template>
      <xsl:call-template name="assign-count"><xsl:with-param name="s">overdue</xsl:with-param></xsl:call-template>
    </ul>
  </xsl:template>

  <!-- How many stand in state $s, a link to them. -->
  <xsl:template name="assign-count">
    <xsl:param name="s"/>
    <li>
      <a href="?state={$s}"><xsl:call-template name="assign-state"><xsl:with-param name="s" select="$s"/></xsl:call-template></a>
      <xsl:text> </xsl:text>
      <strong>
        <xsl:value-of select="@*[name() = $s]"/>
        <xsl:if test="not(@*[name() = $s])">0</xsl:if>
      </strong>
    </li>
  </xsl:template>

  <xsl:template match="assignment/people">
    <form class="filters" method="get" action="{$base}/assignments/{../@id}">
      <p class="field">
        <label for="f-state"><xsl:call-template name="msg.field.status"/></label>
        <!-- Options written out: through the "option" and "assign-state" templates each
             cost four times as much. -->
        <select id="f-state" name="state">
          <option value=""><xsl:call-template name="msg.any"/></option>
          <option value="not_started"><xsl:if test="@state = 'not_started'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:call-template name="msg.assign.state.not_started"/></option>
          <option value="in_progress"><xsl:if test="@state = 'in_progress'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:call-template name="msg.assign.state.in_progress"/></option>
          <option value="on_time"><xsl:if test="@state = 'on_time'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:call-template name="msg.assign.state.on_time"/></option>
          <option value="late"><xsl:if test="@state = 'late'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:call-template name="msg.assign.state.late"/></option>
          <option value="overdue"><xsl:if test="@state = 'overdue'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:call-template name="msg.assign.state.overdue"/></option>
        </select>
      </p>
      <p><button type="submit"><xsl:call-template name="msg.filter"/></button></p>
    </form>
    <p>
      <a class="button">
        <xsl:attribute name="href">
          <xsl:value-of select="concat($base, '/assignments/', ../@id, '.csv')"/>
          <xsl:if test="@state">?state=<xsl:value-of select="@state"/></xsl:if>
        </xsl:attribute>
        <xsl:call-template name="msg.assign.csv"/>
      </a>
    </p>
    <xsl:call-template name="list-range"/>
    <xsl:choose>
      <xsl:when test="not(person)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
      <xsl:otherwise>
        <table class="grid">
          <thead><tr>
            <th scope="col"><xsl:call-template name="msg.field.name"/></th>
            <th scope="col"><xsl:call-template name="msg.field.status"/></th>
            <th scope="col"><xsl:call-template name="msg.assign.progress"/></th>
            <th scope="col"><xsl:call-template name="msg.assign.due"/></th>
          </tr></thead>
          <tbody>
            <!-- The stem of each row's removal link, bound once rather than read per row. -->
            <xsl:variable name="remove" select="concat($base, '/assignments/', ../@id, '/people/')"/>
            <xsl:for-each select="person">
              <tr class="state-{@state}">
                <td><xsl:value-of select="."/> <span class="meta"> (<xsl:value-of select="@login"/>)</span><br/><span class="meta"><xsl:value-of select="@dept"/></span>
                  <form class="inline" method="post" action="{$remove}{@id}/remove">
                    <xsl:call-template name="csrf"/>
                    <button type="submit"><xsl:call-template name="msg.assign.remove"/><span class="sr"><xsl:text> </xsl:text><xsl:value-of select="."/></span></button>
                  </form>
                </td>
                <td><xsl:call-template name="assign-state"><xsl:with-param name="s" select="@state"/></xsl:call-template>
                  <xsl:if test="@done"><br/><span class="meta"><xsl:call-template name="msg.assign.completed_at"/><xsl:text> </xsl:text><xsl:value-of select="@done"/></span></xsl:if>
                </td>
                <td><xsl:value-of select="@req-done"/> / <xsl:value-of select="@req"/>
                  <xsl:if test="@elective-done != '0.0'"><span class="meta"> · <xsl:value-of select="@elective-done"/><xsl:text> </xsl:text><xsl:call-template name="msg.course.credits"/></span></xsl:if>
                </td>
                <td><xsl:value-of select="@due"/>
                  <xsl:if test="@exam-due"><br/><span class="meta"><xsl:call-template name="msg.plan.exam_due"/><xsl:text> </xsl:text><xsl:value-of select="@exam-due"/></span></xsl:if>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <!-- The monthly HR rules: totals, then each person in scope. -->
  <xsl:template match="hr" mode="body">
    <h1><xsl:call-template name="msg.hr.title"/></h1>
    <xsl:call-template name="assign-links"/>
    <form class="filters" method="get" action="{$base}/hr">
      <xsl:call-template name="input">
        <xsl:with-param name="name">month</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.hr.month"/></xsl:with-param>
        <xsl:with-param name="type">month</xsl:with-param>
        <xsl:with-param name="value" select="@month"/>
        <xsl:with-param name="required">1</xsl:with-param>
      </xsl:call-template>
      <p class="field">
        <label for="f-flagged">
          <input type="checkbox" id="f-flagged" name="flagged" value="1">
            <xsl:if test="@flagged-only"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
          </input>
          <xsl:text> </xsl:text><xsl:call-template name="msg.hr.flagged_only"/>
        </label>
      </p>
      <p><button type="submit"><xsl:call-template name="msg.filter"/></button></p>
    </form>
    <p class="meta"><xsl:call-template name="msg.hr.rule"><xsl:with-param name="target" select="@target"/><xsl:with-param name="year" select="@year-target"/></xsl:call-template></p>
    <dl class="facts">
      <dt><xsl:call-template name="msg.assign.people"/></dt><dd><xsl:value-of select="@people"/></dd>
      <dt><xsl:call-template name="msg.hr.on_time"/></dt><dd><xsl:value-of select="@on-time"/> (+<xsl:value-of select="@plus"/>)</dd>
      <dt><xsl:call-template name="msg.hr.missed"/></dt><dd><xsl:value-of select="@missed"/> (<xsl:value-of select="@minus"/>)</dd>
      <dt><xsl:call-template name="msg.hr.behind"/></dt><dd><xsl:value-of select="@behind"/></dd>
      <dt><xsl:call-template name="msg.hr.exam_flag"/></dt><dd><xsl:value-of select="@flagged"/></dd>
    </dl>
    <p><a class="button">
      <xsl:attribute name="href"><xsl:value-of select="concat($base, '/hr.csv?month=', @month)"/><xsl:if test="@flagged-only">&amp;flagged=1</xsl:if></xsl:attribute>
      <xsl:call-template name="msg.assign.csv"/>
    </a></p>
    <xsl:call-template name="list-range"/>
    <xsl:choose>
      <xsl:when test="not(person)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
      <xsl:otherwise>
        <table class="grid">
          <thead><tr>
            <th scope="col"><xsl:call-template name="msg.field.name"/></th>
            <th scope="col"><xsl:call-template name="msg.hr.net"/></th>
            <th scope="col"><xsl:call-template name="msg.learning.year_credits"/></th>
          </tr></thead>
          <tbody>
            <xsl:for-each select="person">
              <tr>
                <td><xsl:value-of select="."/> <span class="meta"> (<xsl:value-of select="@login"/>)</span><br/><span class="meta"><xsl:value-of select="@dept"/></span></td>
                <td><strong><xsl:value-of select="@net"/></strong><br/>
                  <span class="meta"><xsl:call-template name="msg.hr.on_time"/><xsl:text> </xsl:text><xsl:value-of select="@on-time"/> (+<xsl:value-of select="@plus"/>)</span><br/>
                  <span class="meta"><xsl:call-template name="msg.hr.missed"/><xsl:text> </xsl:text><xsl:value-of select="@missed"/> (<xsl:value-of select="@minus"/>)</span>
                </td>
                <td><xsl:value-of select="@credits"/>
                  <xsl:if test="@behind = 1"><xsl:text> </xsl:text><strong class="flag"><xsl:call-template name="msg.hr.flag"/></strong></xsl:if>
                  <xsl:if test="@exam-flags"><br/><strong class="flag"><xsl:call-template name="msg.hr.exam_flag"/></strong><xsl:text>: </xsl:text><xsl:value-of select="@exam-flags"/></xsl:if>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>
</xsl:stylesheet>
