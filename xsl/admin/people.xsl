<?xml version="1.0" encoding="UTF-8"?>
<!-- people.xsl - the back office's people pages: list with filters, person editor,
     the once-shown password or link, and the audit trail. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="page[@name='people']" mode="title" priority="1"><xsl:call-template name="msg.people.title"/></xsl:template>
  <xsl:template match="page[@name='person']" mode="title">
    <xsl:choose>
      <xsl:when test="person/@id"><xsl:value-of select="person"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.person.new"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="page[@name='issued']" mode="title"><xsl:call-template name="msg.issued.title"/></xsl:template>
  <xsl:template match="page[@name='registrations']" mode="title"><xsl:call-template name="msg.registrations.title"/></xsl:template>
  <xsl:template match="page[@name='audit']" mode="title"><xsl:call-template name="msg.audit.title"/></xsl:template>

  <xsl:template name="status-name">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="$s = 'suspended'"><xsl:call-template name="msg.status.suspended"/></xsl:when>
      <xsl:when test="$s = 'pending'"><xsl:call-template name="msg.status.pending"/></xsl:when>
      <xsl:when test="$s = 'rejected'"><xsl:call-template name="msg.status.rejected"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="msg.status.active"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="people" mode="body">
    <h1><xsl:call-template name="msg.people.title"/></h1>
    <xsl:if test="contains(/page/user/@roles, 'admin')">
      <p><a class="button" href="{$base}/people/new"><xsl:call-template name="msg.person.new"/></a></p>
    </xsl:if>
    <xsl:variable name="any"><xsl:call-template name="msg.any"/></xsl:variable>
    <form class="filters" method="get" action="{$base}/people">
      <xsl:call-template name="input">
        <xsl:with-param name="name">q</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.people.search"/></xsl:with-param>
        <xsl:with-param name="type">search</xsl:with-param>
        <xsl:with-param name="value" select="@q"/>
        <xsl:with-param name="max">64</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="select">
        <xsl:with-param name="name">dept</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.field.dept"/></xsl:with-param>
        <xsl:with-param name="items" select="/page/depts/dept"/>
        <xsl:with-param name="value" select="@dept"/>
        <xsl:with-param name="any" select="$any"/>
      </xsl:call-template>
      <xsl:call-template name="select">
        <xsl:with-param name="name">post</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.field.post"/></xsl:with-param>
        <xsl:with-param name="items" select="/page/posts/post"/>
        <xsl:with-param name="value" select="@post"/>
        <xsl:with-param name="any" select="$any"/>
      </xsl:call-template>
      <xsl:call-template name="select">
        <xsl:with-param name="name">group</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.field.groups"/></xsl:with-param>
        <xsl:with-param name="items" select="/page/groups/group"/>
        <xsl:with-param name="value" select="@group"/>
        <xsl:with-param name="any" select="$any"/>
      </xsl:call-template>
      <p class="field">
        <label for="f-role"><xsl:call-template name="msg.field.roles"/></label>
        <select id="f-role" name="role">
          <option value=""><xsl:value-of select="$any"/></option>
          <option value="learner"><xsl:if test="@role='learner'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:call-template name="msg.role.learner"/></option>
          <option value="lecturer"><xsl:if test="@role='lecturer'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:call-template name="msg.role.lecturer"/></option>
          <option value="mentor"><xsl:if test="@role='mentor'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:call-template name="msg.role.mentor"/></option>
          <option value="officer"><xsl:if test="@role='officer'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:call-template name="msg.role.officer"/></option>
          <option value="head"><xsl:if test="@role='head'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:call-template name="msg.role.head"/></option>
          <option value="admin"><xsl:if test="@role='admin'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:call-template name="msg.role.admin"/></option>
        </select>
      </p>
      <p class="field">
        <label for="f-status"><xsl:call-template name="msg.field.status"/></label>
        <select id="f-status" name="status">
          <option value=""><xsl:value-of select="$any"/></option>
          <option value="active"><xsl:if test="@status='active'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:call-template name="msg.status.active"/></option>
          <option value="suspended"><xsl:if test="@status='suspended'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:call-template name="msg.status.suspended"/></option>
          <option value="pending"><xsl:if test="@status='pending'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:call-template name="msg.status.pending"/></option>
        </select>
      </p>
      <p><button type="submit"><xsl:call-template name="msg.filter"/></button></p>
    </form>
    <xsl:call-template name="list-range"/>
    <xsl:choose>
      <xsl:when test="not(person)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
      <xsl:otherwise>
        <table class="grid">
          <thead><tr>
            <th scope="col"><xsl:call-template name="msg.field.name"/></th>
            <th scope="col"><xsl:call-template name="msg.field.username"/></th>
            <th scope="col"><xsl:call-template name="msg.field.emp_no"/></th>
            <th scope="col"><xsl:call-template name="msg.field.dept"/></th>
            <th scope="col"><xsl:call-template name="msg.field.post"/></th>
            <th scope="col"><xsl:call-template name="msg.field.status"/></th>
          </tr></thead>
          <tbody>
            <!-- Per row, each XPath evaluation counts: the link's stem is bound once, and
                 the common status (active) is named by calling its message, which costs
                 less than reading a variable holding it or passing a parameter. -->
            <xsl:variable name="href" select="concat($base, '/people/')"/>
            <xsl:for-each select="person">
              <tr>
                <td><a href="{$href}{@id}"><xsl:value-of select="."/></a></td>
                <td><xsl:value-of select="@login"/></td>
                <td><xsl:value-of select="@emp-no"/></td>
                <td><xsl:value-of select="@dept"/></td>
                <td><xsl:value-of select="@post"/></td>
                <td>
                  <xsl:choose>
                    <xsl:when test="@status = 'active'"><xsl:call-template name="msg.status.active"/></xsl:when>
                    <xsl:otherwise><xsl:call-template name="status-name"><xsl:with-param name="s" select="@status"/></xsl:call-template></xsl:otherwise>
                  </xsl:choose>
                  <xsl:if test="@muted = '1'"> · <xsl:call-template name="msg.status.muted"/></xsl:if>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <xsl:template match="person" mode="body">
    <xsl:variable name="new" select="not(@id)"/>
    <xsl:variable name="action">
      <xsl:choose>
        <xsl:when test="$new"><xsl:value-of select="concat($base, '/people')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="concat($base, '/people/', @id)"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <h1>
      <xsl:choose>
        <xsl:when test="$new"><xsl:call-template name="msg.person.new"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
      </xsl:choose>
    </h1>
    <xsl:if test="@done">
      <p class="note" role="status"><xsl:call-template name="msg.saved"/></p>
    </xsl:if>
    <xsl:if test="not($new)">
      <p><a href="{$base}/people/{@id}/archive"><xsl:call-template name="msg.archive.title"/></a></p>
    </xsl:if>
    <xsl:if test="not($new)">
      <p class="meta">
        <xsl:call-template name="status-name"><xsl:with-param name="s" select="@status"/></xsl:call-template>
        <xsl:if test="@muted = 1"> · <xsl:call-template name="msg.status.muted"/></xsl:if>
        <xsl:if test="@locked = 1"> · <xsl:call-template name="msg.status.locked"/></xsl:if>
        <xsl:if test="@must-change = 1"> · <xsl:call-template name="msg.status.must_change"/></xsl:if>
        <xsl:text> · </xsl:text>
        <xsl:call-template name="role-names"><xsl:with-param name="list" select="@roles"/></xsl:call-template>
      </p>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="@editable = 1">
        <xsl:apply-templates select="." mode="form">
          <xsl:with-param name="action" select="$action"/>
        </xsl:apply-templates>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="person-facts"/></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="not($new) and @editable = 1">
      <xsl:apply-templates select="." mode="actions"/>
    </xsl:if>
    <xsl:if test="not($new) and contains(/page/user/@roles, 'admin')">
      <xsl:apply-templates select="." mode="roles"/>
    </xsl:if>
    <xsl:apply-templates select="/page/history"/>
  </xsl:template>

  <xsl:template match="person" mode="form">
    <xsl:param name="action"/>
    <form class="form" method="post" action="{$action}">
      <xsl:call-template name="csrf"/>
      <xsl:if test="not(@id)">
        <xsl:call-template name="input">
          <xsl:with-param name="name">login</xsl:with-param>
          <xsl:with-param name="label"><xsl:call-template name="msg.field.username"/></xsl:with-param>
          <xsl:with-param name="required">1</xsl:with-param>
          <xsl:with-param name="max">64</xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <xsl:call-template name="input">
        <xsl:with-param name="name">name</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.field.name"/></xsl:with-param>
        <xsl:with-param name="value" select="text()"/>
        <xsl:with-param name="required">1</xsl:with-param>
        <xsl:with-param name="max">64</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="input">
        <xsl:with-param name="name">emp_no</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.field.emp_no"/></xsl:with-param>
        <xsl:with-param name="value" select="@emp-no"/>
        <xsl:with-param name="max">32</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="select">
        <xsl:with-param name="name">dept</xsl:with-param>
        <xsl:with-param name="required">1</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.field.dept"/></xsl:with-param>
        <xsl:with-param name="items" select="/page/depts/dept[@active = 1]"/>
        <xsl:with-param name="value" select="@dept-id"/>
      </xsl:call-template>
      <xsl:call-template name="select">
        <xsl:with-param name="name">post</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.field.post"/></xsl:with-param>
        <xsl:with-param name="items" select="/page/posts/post[@active = 1]"/>
        <xsl:with-param name="value" select="@post-id"/>
      </xsl:call-template>
      <fieldset>
        <legend><xsl:call-template name="msg.field.groups"/></legend>
        <xsl:variable name="mine" select="concat(',', @group-ids, ',')"/>
        <xsl:for-each select="/page/groups/group[@active = 1]">
          <label class="check">
            <input type="checkbox" name="group" value="{@id}">
              <xsl:if test="contains($mine, concat(',', @id, ','))"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
            </input>
            <xsl:value-of select="."/>
          </label>
        </xsl:for-each>
      </fieldset>
      <xsl:call-template name="input">
        <xsl:with-param name="name">email</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.field.email"/></xsl:with-param>
        <xsl:with-param name="type">email</xsl:with-param>
        <xsl:with-param name="value" select="@email"/>
      </xsl:call-template>
      <xsl:call-template name="input">
        <xsl:with-param name="name">phone</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.field.phone"/></xsl:with-param>
        <xsl:with-param name="type">tel</xsl:with-param>
        <xsl:with-param name="value" select="@phone"/>
      </xsl:call-template>
      <xsl:call-template name="input">
        <xsl:with-param name="name">mentor</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.field.mentor"/></xsl:with-param>
        <xsl:with-param name="value" select="@mentor"/>
        <xsl:with-param name="max">64</xsl:with-param>
      </xsl:call-template>
      <p><button type="submit"><xsl:call-template name="msg.save"/></button></p>
    </form>
  </xsl:template>

  <xsl:template match="person" mode="actions">
    <h2><xsl:call-template name="msg.person.actions"/></h2>
    <div class="actions">
      <form method="post" action="{$base}/people/{@id}/status">
        <xsl:call-template name="csrf"/>
        <xsl:choose>
          <xsl:when test="@status = 'suspended'">
            <button name="action" value="reactivate"><xsl:call-template name="msg.action.reactivate"/></button>
          </xsl:when>
          <xsl:otherwise>
            <button name="action" value="suspend"><xsl:call-template name="msg.action.suspend"/></button>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:choose>
          <xsl:when test="@muted = 1">
            <button name="action" value="unmute"><xsl:call-template name="msg.action.unmute"/></button>
          </xsl:when>
          <xsl:otherwise>
            <button name="action" value="mute"><xsl:call-template name="msg.action.mute"/></button>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:if test="@locked = 1">
          <button name="action" value="unlock"><xsl:call-template name="msg.action.unlock"/></button>
        </xsl:if>
      </form>
      <form method="post" action="{$base}/people/{@id}/password">
        <xsl:call-template name="csrf"/>
        <button><xsl:call-template name="msg.action.password"/></button>
      </form>
      <form method="post" action="{$base}/people/{@id}/reset-link">
        <xsl:call-template name="csrf"/>
        <button><xsl:call-template name="msg.action.link"/></button>
      </form>
    </div>
  </xsl:template>

  <xsl:template match="person" mode="roles">
    <h2><xsl:call-template name="msg.field.roles"/></h2>
    <form class="form" method="post" action="{$base}/people/{@id}/roles">
      <xsl:call-template name="csrf"/>
      <fieldset>
        <legend><xsl:call-template name="msg.field.roles"/></legend>
        <xsl:variable name="r" select="concat(' ', @roles, ' ')"/>
        <label class="check"><input type="checkbox" name="role" value="admin"><xsl:if test="contains($r, ' admin ')"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if></input><xsl:call-template name="msg.role.admin"/></label>
        <label class="check"><input type="checkbox" name="role" value="head"><xsl:if test="contains($r, ' head ')"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if></input><xsl:call-template name="msg.role.head"/></label>
        <label class="check"><input type="checkbox" name="role" value="officer"><xsl:if test="contains($r, ' officer ')"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if></input><xsl:call-template name="msg.role.officer"/></label>
        <label class="check"><input type="checkbox" name="role" value="mentor"><xsl:if test="contains($r, ' mentor ')"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if></input><xsl:call-template name="msg.role.mentor"/></label>
        <label class="check"><input type="checkbox" name="role" value="lecturer"><xsl:if test="contains($r, ' lecturer ')"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if></input><xsl:call-template name="msg.role.lecturer"/></label>
      </fieldset>
      <xsl:call-template name="select">
        <xsl:with-param name="name">scope_dept</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.field.scope_dept"/></xsl:with-param>
        <xsl:with-param name="items" select="/page/depts/dept[@active = 1]"/>
        <xsl:with-param name="value" select="@scope-dept"/>
      </xsl:call-template>
      <p><button type="submit"><xsl:call-template name="msg.save"/></button></p>
    </form>
  </xsl:template>

  <xsl:template match="history">
    <h2><xsl:call-template name="msg.history.title"/></h2>
    <xsl:choose>
      <xsl:when test="not(move)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
      <xsl:otherwise>
        <ul class="list">
          <xsl:for-each select="move">
            <li>
              <time><xsl:value-of select="@at"/></time>
              <xsl:text> · </xsl:text>
              <xsl:choose>
                <xsl:when test="@kind = 'dept'"><xsl:call-template name="msg.field.dept"/></xsl:when>
                <xsl:when test="@kind = 'post'"><xsl:call-template name="msg.field.post"/></xsl:when>
                <xsl:otherwise><xsl:call-template name="msg.field.groups"/></xsl:otherwise>
              </xsl:choose>
              <xsl:text>: </xsl:text>
              <xsl:value-of select="@from"/>
              <xsl:text> → </xsl:text>
              <xsl:value-of select="@to"/>
              <xsl:if test="@by"> (<xsl:value-of select="@by"/>)</xsl:if>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="issued" mode="body">
    <h1><xsl:call-template name="msg.issued.title"/></h1>
    <p><xsl:value-of select="person"/> (<xsl:value-of select="person/@login"/>)</p>
    <p class="warn" role="alert"><xsl:call-template name="msg.issued.once"/></p>
    <xsl:choose>
      <xsl:when test="@kind = 'link'">
        <p><xsl:call-template name="msg.issued.link"/></p>
        <p><code class="secret">/reset?token=<xsl:value-of select="text()"/></code></p>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:call-template name="msg.issued.password"/></p>
        <p><code class="secret"><xsl:value-of select="text()"/></code></p>
      </xsl:otherwise>
    </xsl:choose>
    <p><a href="{$base}/people/{person/@id}"><xsl:call-template name="msg.back"/></a></p>
  </xsl:template>

  <xsl:template match="audit" mode="body">
    <h1><xsl:call-template name="msg.audit.title"/></h1>
    <form class="filters" method="get" action="{$base}/audit">
      <xsl:call-template name="input">
        <xsl:with-param name="name">actor</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.audit.actor"/></xsl:with-param>
        <xsl:with-param name="value" select="@actor"/>
      </xsl:call-template>
      <xsl:call-template name="input">
        <xsl:with-param name="name">action</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.audit.action"/></xsl:with-param>
        <xsl:with-param name="value" select="@action"/>
      </xsl:call-template>
      <xsl:call-template name="input">
        <xsl:with-param name="name">object</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.audit.object"/></xsl:with-param>
        <xsl:with-param name="value" select="@object"/>
      </xsl:call-template>
      <xsl:call-template name="input">
        <xsl:with-param name="name">object_id</xsl:with-param>
        <xsl:with-param name="label"><xsl:call-template name="msg.audit.object_id"/></xsl:with-param>
        <xsl:with-param name="value" select="@object_id"/>
      </xsl:call-template>
      <p><button type="submit"><xsl:call-template name="msg.filter"/></button></p>
    </form>
    <xsl:choose>
      <xsl:when test="not(entry)"><p class="empty"><xsl:call-template name="msg.empty"/></p></xsl:when>
      <xsl:otherwise>
        <table class="grid">
          <thead><tr>
            <th scope="col"><xsl:call-template name="msg.audit.at"/></th>
            <th scope="col"><xsl:call-template name="msg.audit.actor"/></th>
            <th scope="col"><xsl:call-template name="msg.audit.addr"/></th>
            <th scope="col"><xsl:call-template name="msg.audit.action"/></th>
            <th scope="col"><xsl:call-template name="msg.audit.object"/></th>
            <th scope="col"><xsl:call-template name="msg.audit.change"/></th>
          </tr></thead>
          <tbody>
            <xsl:for-each select="entry">
              <tr>
                <td><time><xsl:value-of select="@at"/></time></td>
                <td><xsl:value-of select="@name"/> <xsl:if test="@login"> (<xsl:value-of select="@login"/>)</xsl:if></td>
                <td><xsl:value-of select="@addr"/></td>
                <td><code><xsl:value-of select="@action"/></code></td>
                <td><xsl:value-of select="@object"/> <xsl:value-of select="@object-id"/></td>
                <td class="change">
                  <xsl:if test="before != ''"><div><xsl:call-template name="msg.audit.before"/>: <code><xsl:value-of select="before"/></code></div></xsl:if>
                  <xsl:if test="after != ''"><div><xsl:call-template name="msg.audit.after"/>: <code><xsl:value-of select="after"/></code></div></xsl:if>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="pager"/>
  </xsl:template>

  <!-- Registrations waiting for a platform admin, each approved or rejected with a reason. -->
  <xsl:template match="registrations" mode="body">
    <h1><xsl:call-template name="msg.registrations.title"/></h1>
    <xsl:if test="@done">
      <p class="note" role="status">
        <xsl:choose>
          <xsl:when test="@done = 'approve'"><xsl:call-template name="msg.registrations.done.approve"/></xsl:when>
          <xsl:otherwise><xsl:call-template name="msg.registrations.done.reject"/></xsl:otherwise>
        </xsl:choose>
      </p>
    </xsl:if>
    <h2><xsl:call-template name="msg.registrations.pending"/></h2>
    <xsl:variable name="pending" select="registration[not(@decided)]"/>
    <xsl:choose>
      <xsl:when test="$pending">
        <table class="grid">
          <thead><tr>
            <th scope="col"><xsl:call-template name="msg.field.name"/></th>
            <th scope="col"><xsl:call-template name="msg.field.id_no"/></th>
            <th scope="col"><xsl:call-template name="msg.field.phone"/></th>
            <th scope="col"><xsl:call-template name="msg.field.dept"/></th>
            <th scope="col"><xsl:call-template name="msg.field.post"/></th>
            <th scope="col"><xsl:call-template name="msg.field.username"/></th>
            <th scope="col"><xsl:call-template name="msg.registrations.at"/></th>
            <th scope="col"><xsl:call-template name="msg.registrations.approve"/> / <xsl:call-template name="msg.registrations.reject"/></th>
          </tr></thead>
          <tbody>
            <xsl:for-each select="$pending">
              <tr>
                <th scope="row"><xsl:value-of select="."/>
                  <xsl:if test="@emp-no"><span class="meta"> · <xsl:value-of select="@emp-no"/></span></xsl:if>
                </th>
                <td><xsl:value-of select="@id-no"/></td>
                <td><xsl:value-of select="@phone"/>
                  <xsl:if test="@email"><br/><xsl:value-of select="@email"/></xsl:if>
                </td>
                <td><xsl:value-of select="@dept"/></td>
                <td><xsl:value-of select="@post"/></td>
                <td><xsl:value-of select="@login"/></td>
                <td><xsl:value-of select="@at"/><br/><span class="meta"><xsl:value-of select="@from"/></span></td>
                <td>
                  <form class="inline" method="post" action="{$base}/registrations/{@id}">
                    <xsl:call-template name="csrf"/>
                    <button name="decision" value="approve"><xsl:call-template name="msg.registrations.approve"/></button>
                  </form>
                  <form class="inline" method="post" action="{$base}/registrations/{@id}">
                    <xsl:call-template name="csrf"/>
                    <label for="reason-{@id}"><xsl:call-template name="msg.registrations.reason"/></label>
                    <input id="reason-{@id}" name="reason" maxlength="200"/>
                    <button name="decision" value="reject"><xsl:call-template name="msg.registrations.reject"/></button>
                  </form>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:when>
      <xsl:otherwise><p><xsl:call-template name="msg.registrations.none"/></p></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="registration[@decided]">
      <h2><xsl:call-template name="msg.registrations.decided"/></h2>
      <table class="grid">
        <thead><tr>
          <th scope="col"><xsl:call-template name="msg.field.name"/></th>
          <th scope="col"><xsl:call-template name="msg.field.username"/></th>
          <th scope="col"><xsl:call-template name="msg.field.status"/></th>
          <th scope="col"><xsl:call-template name="msg.registrations.by"/></th>
          <th scope="col"><xsl:call-template name="msg.registrations.decided_at"/></th>
          <th scope="col"><xsl:call-template name="msg.registrations.reason"/></th>
        </tr></thead>
        <tbody>
          <xsl:for-each select="registration[@decided]">
            <tr>
              <th scope="row"><a href="{$base}/people/{@id}"><xsl:value-of select="."/></a></th>
              <td><xsl:value-of select="@login"/></td>
              <td><xsl:call-template name="status-name"><xsl:with-param name="s" select="@status"/></xsl:call-template></td>
              <td><xsl:value-of select="@by"/></td>
              <td><xsl:value-of select="@decided"/></td>
              <td><xsl:value-of select="@reason"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
