; certjax: rule estimators.score_Dirichlet, obligation 'second_order.hessian_identity[2]', verdict proved
; 1 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 1
(push 1)
(set-info :status unknown)
(declare-fun |z[1]| () Real)
(declare-fun |z[0]| () Real)
(declare-fun |z[2]| () Real)
(declare-fun |concentration[1]| () Real)
(declare-fun |concentration[0]| () Real)
(declare-fun |concentration[2]| () Real)
(declare-fun |h2[2,0]| () Real)
(declare-fun |h2[0,2]| () Real)
(declare-fun exp!10 () Real)
(declare-fun exp!9 () Real)
(declare-fun exp!8 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!6 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!4 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!1 () Real)
(declare-fun digamma!65 () Real)
(declare-fun digamma!66 () Real)
(declare-fun digamma!67 () Real)
(declare-fun digamma!60 () Real)
(declare-fun log!26 () Real)
(declare-fun log!27 () Real)
(declare-fun log!28 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[2]| () Real)
(declare-fun polygamma!72 () Real)
(declare-fun polygamma!71 () Real)
(declare-fun polygamma!73 () Real)
(declare-fun polygamma!61 () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun lgamma!36 () Real)
(declare-fun lgamma!38 () Real)
(declare-fun lgamma!39 () Real)
(declare-fun lgamma!40 () Real)
(assert
 (let ((?x22 (+ |z[0]| |z[1]|)))
 (let ((?x23 (+ |z[2]| ?x22)))
 (let (($x27 (= 1.0 ?x23)))
 (let (($x19 (< 0.0 |z[1]|)))
 (let (($x17 (< 0.0 |z[0]|)))
 (let (($x20 (and $x17 $x19)))
 (let (($x15 (< 0.0 |z[2]|)))
 (let (($x21 (and $x15 $x20)))
 (let (($x26 (and $x21 $x27)))
 (let (($x11 (< 0.0 |concentration[1]|)))
 (let (($x9 (< 0.0 |concentration[0]|)))
 (let (($x12 (and $x9 $x11)))
 (let (($x7 (< 0.0 |concentration[2]|)))
 (let (($x13 (and $x7 $x12)))
 (and $x13 $x26))))))))))))))))
(assert
 (< 0.0 |z[2]|))
(assert
 (< 0.0 |z[0]|))
(assert
 (< 0.0 |z[1]|))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let ((?x32 (to_real (to_int ?x29))))
 (let (($x35 (= ?x32 ?x29)))
 (let (($x31 (>= 0.0 ?x29)))
 (let (($x34 (and $x31 $x35)))
 (not $x34))))))))
(assert
 (let ((?x38 (to_real (to_int |concentration[2]|))))
 (let (($x41 (= ?x38 |concentration[2]|)))
 (let (($x37 (>= 0.0 |concentration[2]|)))
 (let (($x40 (and $x37 $x41)))
 (not $x40))))))
(assert
 (let ((?x44 (to_real (to_int |concentration[0]|))))
 (let (($x47 (= ?x44 |concentration[0]|)))
 (let (($x43 (>= 0.0 |concentration[0]|)))
 (let (($x46 (and $x43 $x47)))
 (not $x46))))))
(assert
 (let ((?x50 (to_real (to_int |concentration[1]|))))
 (let (($x53 (= ?x50 |concentration[1]|)))
 (let (($x49 (>= 0.0 |concentration[1]|)))
 (let (($x52 (and $x49 $x53)))
 (not $x52))))))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let ((?x32 (to_real (to_int ?x29))))
 (let (($x35 (= ?x32 ?x29)))
 (let (($x31 (>= 0.0 ?x29)))
 (let (($x34 (and $x31 $x35)))
 (not $x34))))))))
(assert
 (let ((?x38 (to_real (to_int |concentration[2]|))))
 (let (($x41 (= ?x38 |concentration[2]|)))
 (let (($x37 (>= 0.0 |concentration[2]|)))
 (let (($x40 (and $x37 $x41)))
 (not $x40))))))
(assert
 (let ((?x44 (to_real (to_int |concentration[0]|))))
 (let (($x47 (= ?x44 |concentration[0]|)))
 (let (($x43 (>= 0.0 |concentration[0]|)))
 (let (($x46 (and $x43 $x47)))
 (not $x46))))))
(assert
 (let ((?x50 (to_real (to_int |concentration[1]|))))
 (let (($x53 (= ?x50 |concentration[1]|)))
 (let (($x49 (>= 0.0 |concentration[1]|)))
 (let (($x52 (and $x49 $x53)))
 (not $x52))))))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let ((?x32 (to_real (to_int ?x29))))
 (let (($x35 (= ?x32 ?x29)))
 (let (($x31 (>= 0.0 ?x29)))
 (let (($x34 (and $x31 $x35)))
 (not $x34))))))))
(assert
 (let ((?x38 (to_real (to_int |concentration[2]|))))
 (let (($x41 (= ?x38 |concentration[2]|)))
 (let (($x37 (>= 0.0 |concentration[2]|)))
 (let (($x40 (and $x37 $x41)))
 (not $x40))))))
(assert
 (let ((?x44 (to_real (to_int |concentration[0]|))))
 (let (($x47 (= ?x44 |concentration[0]|)))
 (let (($x43 (>= 0.0 |concentration[0]|)))
 (let (($x46 (and $x43 $x47)))
 (not $x46))))))
(assert
 (let ((?x50 (to_real (to_int |concentration[1]|))))
 (let (($x53 (= ?x50 |concentration[1]|)))
 (let (($x49 (>= 0.0 |concentration[1]|)))
 (let (($x52 (and $x49 $x53)))
 (not $x52))))))
(assert
 (< 0.0 |z[2]|))
(assert
 (< 0.0 |z[0]|))
(assert
 (< 0.0 |z[1]|))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let ((?x32 (to_real (to_int ?x29))))
 (let (($x35 (= ?x32 ?x29)))
 (let (($x31 (>= 0.0 ?x29)))
 (let (($x34 (and $x31 $x35)))
 (not $x34))))))))
(assert
 (let ((?x38 (to_real (to_int |concentration[2]|))))
 (let (($x41 (= ?x38 |concentration[2]|)))
 (let (($x37 (>= 0.0 |concentration[2]|)))
 (let (($x40 (and $x37 $x41)))
 (not $x40))))))
(assert
 (let ((?x44 (to_real (to_int |concentration[0]|))))
 (let (($x47 (= ?x44 |concentration[0]|)))
 (let (($x43 (>= 0.0 |concentration[0]|)))
 (let (($x46 (and $x43 $x47)))
 (not $x46))))))
(assert
 (let ((?x50 (to_real (to_int |concentration[1]|))))
 (let (($x53 (= ?x50 |concentration[1]|)))
 (let (($x49 (>= 0.0 |concentration[1]|)))
 (let (($x52 (and $x49 $x53)))
 (not $x52))))))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let ((?x32 (to_real (to_int ?x29))))
 (let (($x35 (= ?x32 ?x29)))
 (let (($x31 (>= 0.0 ?x29)))
 (let (($x34 (and $x31 $x35)))
 (not $x34))))))))
(assert
 (let ((?x38 (to_real (to_int |concentration[2]|))))
 (let (($x41 (= ?x38 |concentration[2]|)))
 (let (($x37 (>= 0.0 |concentration[2]|)))
 (let (($x40 (and $x37 $x41)))
 (not $x40))))))
(assert
 (let ((?x44 (to_real (to_int |concentration[0]|))))
 (let (($x47 (= ?x44 |concentration[0]|)))
 (let (($x43 (>= 0.0 |concentration[0]|)))
 (let (($x46 (and $x43 $x47)))
 (not $x46))))))
(assert
 (let ((?x50 (to_real (to_int |concentration[1]|))))
 (let (($x53 (= ?x50 |concentration[1]|)))
 (let (($x49 (>= 0.0 |concentration[1]|)))
 (let (($x52 (and $x49 $x53)))
 (not $x52))))))
(assert
 (let ((?x44 (to_real (to_int |concentration[0]|))))
 (let (($x47 (= ?x44 |concentration[0]|)))
 (let (($x43 (>= 0.0 |concentration[0]|)))
 (let (($x46 (and $x43 $x47)))
 (not $x46))))))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let ((?x32 (to_real (to_int ?x29))))
 (let (($x35 (= ?x32 ?x29)))
 (let (($x31 (>= 0.0 ?x29)))
 (let (($x34 (and $x31 $x35)))
 (not $x34))))))))
(assert
 (let ((?x50 (to_real (to_int |concentration[1]|))))
 (let (($x53 (= ?x50 |concentration[1]|)))
 (let (($x49 (>= 0.0 |concentration[1]|)))
 (let (($x52 (and $x49 $x53)))
 (not $x52))))))
(assert
 (let ((?x38 (to_real (to_int |concentration[2]|))))
 (let (($x41 (= ?x38 |concentration[2]|)))
 (let (($x37 (>= 0.0 |concentration[2]|)))
 (let (($x40 (and $x37 $x41)))
 (not $x40))))))
(assert
 (let ((?x594 (+ |h2[0,2]| |h2[2,0]|)))
 (let ((?x595 (* (/ 1.0 2.0) ?x594)))
 (let ((?x334 (/ (/ (* (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4) exp!5) exp!6)))
 (let ((?x378 (/ ?x334 exp!7)))
 (let ((?x549 (* (* (* ?x378 exp!8) exp!9) exp!10)))
 (let ((?x596 (* ?x549 ?x595)))
 (let ((?x167 (* 0.0 digamma!65)))
 (let ((?x159 (* 0.0 digamma!66)))
 (let ((?x168 (+ ?x159 ?x167)))
 (let ((?x176 (+ digamma!67 ?x168)))
 (let ((?x177 (- ?x176)))
 (let ((?x151 (* log!26 0.0)))
 (let ((?x150 (* log!27 0.0)))
 (let ((?x152 (+ ?x150 ?x151)))
 (let ((?x153 (+ log!28 ?x152)))
 (let ((?x155 (+ ?x153 digamma!60)))
 (let ((?x178 (+ ?x155 ?x177)))
 (let ((?x586 (* ?x549 ?x178)))
 (let ((?x593 (* |g2[0]| ?x586)))
 (let ((?x597 (+ ?x593 ?x596)))
 (let ((?x582 (+ digamma!65 ?x159)))
 (let ((?x581 (* 0.0 digamma!67)))
 (let ((?x583 (+ ?x581 ?x582)))
 (let ((?x584 (- ?x583)))
 (let ((?x578 (+ log!26 ?x150)))
 (let ((?x577 (* log!28 0.0)))
 (let ((?x579 (+ ?x577 ?x578)))
 (let ((?x580 (+ ?x579 digamma!60)))
 (let ((?x585 (+ ?x580 ?x584)))
 (let ((?x590 (* ?x549 ?x585)))
 (let ((?x591 (* |g2[2]| ?x590)))
 (let ((?x587 (* ?x585 ?x586)))
 (let ((?x570 (* 0.0 polygamma!72)))
 (let ((?x571 (* 0.0 ?x570)))
 (let ((?x213 (* 0.0 polygamma!71)))
 (let ((?x572 (+ ?x213 ?x571)))
 (let ((?x558 (* 0.0 polygamma!73)))
 (let ((?x573 (+ ?x558 ?x572)))
 (let ((?x574 (- ?x573)))
 (let ((?x575 (+ polygamma!61 ?x574)))
 (let ((?x576 (* ?x549 ?x575)))
 (let ((?x588 (+ ?x576 ?x587)))
 (let ((?x589 (* f2 ?x588)))
 (let ((?x592 (+ ?x589 ?x591)))
 (let ((?x598 (+ ?x592 ?x597)))
 (let ((?x233 (* |h2[0,2]| (/ 1.0 2.0))))
 (let ((?x207 (* |g2[2]| 1.0)))
 (let ((?x181 (* ?x178 1.0)))
 (let ((?x205 (* f2 ?x181)))
 (let ((?x208 (+ ?x205 ?x207)))
 (let ((?x203 (* 0.0 ?x181)))
 (let ((?x209 (+ ?x203 ?x208)))
 (let ((?x231 (* log!26 ?x209)))
 (let ((?x215 (* f2 1.0)))
 (let ((?x214 (* 0.0 1.0)))
 (let ((?x216 (+ ?x214 ?x215)))
 (let ((?x228 (* polygamma!61 ?x216)))
 (let ((?x221 (* digamma!60 ?x209)))
 (let ((?x229 (+ ?x221 ?x228)))
 (let ((?x217 (- ?x216)))
 (let ((?x218 (* ?x213 ?x217)))
 (let ((?x210 (- ?x209)))
 (let ((?x211 (* digamma!65 ?x210)))
 (let ((?x219 (+ ?x211 ?x218)))
 (let ((?x201 (* |g2[0]| ?x181)))
 (let ((?x182 (* (/ 1.0 2.0) ?x181)))
 (let ((?x183 (* 0.0 ?x182)))
 (let ((?x185 (+ (- 1.0) 1.0)))
 (let ((?x186 (* (/ 1.0 2.0) ?x185)))
 (let ((?x196 (+ ?x186 ?x183)))
 (let ((?x197 (* |h2[2,0]| ?x196)))
 (let ((?x190 (* 0.0 ?x186)))
 (let ((?x191 (+ ?x190 ?x183)))
 (let ((?x194 (* |h2[1,0]| ?x191)))
 (let ((?x192 (* |h2[0,0]| ?x191)))
 (let ((?x195 (+ ?x192 ?x194)))
 (let ((?x198 (+ ?x195 ?x197)))
 (let ((?x187 (* |h2[0,2]| ?x186)))
 (let ((?x188 (+ ?x183 ?x187)))
 (let ((?x199 (+ ?x188 ?x198)))
 (let ((?x202 (+ ?x199 ?x201)))
 (let ((?x220 (+ ?x202 ?x219)))
 (let ((?x230 (+ ?x220 ?x229)))
 (let ((?x232 (+ ?x230 ?x231)))
 (let ((?x234 (+ ?x232 ?x233)))
 (let ((?x149 (* |h2[2,0]| (/ 1.0 2.0))))
 (let ((?x235 (+ ?x149 ?x234)))
 (let ((?x550 (* ?x549 ?x235)))
 (or (and (distinct ?x550 ?x598) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!28 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!28)))
(assert
 (=> (> |z[2]| 0.0) (= exp!1 |z[2]|)))
(assert
 (= (< log!26 log!28) (< exp!2 exp!1)))
(assert
 (= (< log!28 log!26) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!26 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!26)))
(assert
 (=> (> |z[0]| 0.0) (= exp!2 |z[0]|)))
(assert
 (= (< log!27 log!28) (< exp!3 exp!1)))
(assert
 (= (< log!28 log!27) (< exp!1 exp!3)))
(assert
 (= (< log!27 log!26) (< exp!3 exp!2)))
(assert
 (= (< log!26 log!27) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!27 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!27)))
(assert
 (=> (> |z[1]| 0.0) (= exp!3 |z[1]|)))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x118 (and (= |concentration[0]| ?x29))))
 (=> $x118 (= lgamma!38 lgamma!36))))))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x122 (= |concentration[1]| ?x29)))
 (let (($x123 (and $x122)))
 (=> $x123 (= lgamma!39 lgamma!36)))))))
(assert
 (=> (and (= |concentration[1]| |concentration[0]|)) (= lgamma!39 lgamma!38)))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x132 (= |concentration[2]| ?x29)))
 (let (($x133 (and $x132)))
 (=> $x133 (= lgamma!40 lgamma!36)))))))
(assert
 (let (($x136 (= |concentration[2]| |concentration[0]|)))
 (let (($x137 (and $x136)))
 (=> $x137 (= lgamma!40 lgamma!38)))))
(assert
 (let (($x141 (and (= |concentration[2]| |concentration[1]|))))
 (=> $x141 (= lgamma!40 lgamma!39))))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x122 (= |concentration[1]| ?x29)))
 (let (($x123 (and $x122)))
 (=> $x123 (= digamma!66 digamma!60)))))))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x118 (and (= |concentration[0]| ?x29))))
 (=> $x118 (= digamma!65 digamma!60))))))
(assert
 (=> (and (= |concentration[0]| |concentration[1]|)) (= digamma!65 digamma!66)))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x132 (= |concentration[2]| ?x29)))
 (let (($x133 (and $x132)))
 (=> $x133 (= digamma!67 digamma!60)))))))
(assert
 (let (($x141 (and (= |concentration[2]| |concentration[1]|))))
 (=> $x141 (= digamma!67 digamma!66))))
(assert
 (let (($x136 (= |concentration[2]| |concentration[0]|)))
 (let (($x137 (and $x136)))
 (=> $x137 (= digamma!67 digamma!65)))))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x223 (= 1.0 1.0)))
 (=> (and $x223 (= ?x29 |concentration[0]|)) (= polygamma!61 polygamma!71))))))
(assert
 (= (< lgamma!36 log!28) (< exp!4 exp!1)))
(assert
 (= (< log!28 lgamma!36) (< exp!1 exp!4)))
(assert
 (= (< lgamma!36 log!26) (< exp!4 exp!2)))
(assert
 (= (< log!26 lgamma!36) (< exp!2 exp!4)))
(assert
 (= (< lgamma!36 log!27) (< exp!4 exp!3)))
(assert
 (= (< log!27 lgamma!36) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> lgamma!36 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 lgamma!36)))
(assert
 (= (< lgamma!40 log!28) (< exp!5 exp!1)))
(assert
 (= (< log!28 lgamma!40) (< exp!1 exp!5)))
(assert
 (= (< lgamma!40 log!26) (< exp!5 exp!2)))
(assert
 (= (< log!26 lgamma!40) (< exp!2 exp!5)))
(assert
 (= (< lgamma!40 log!27) (< exp!5 exp!3)))
(assert
 (= (< log!27 lgamma!40) (< exp!3 exp!5)))
(assert
 (= (< lgamma!40 lgamma!36) (< exp!5 exp!4)))
(assert
 (= (< lgamma!36 lgamma!40) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> lgamma!40 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 lgamma!40)))
(assert
 (= (< lgamma!38 log!28) (< exp!6 exp!1)))
(assert
 (= (< log!28 lgamma!38) (< exp!1 exp!6)))
(assert
 (= (< lgamma!38 log!26) (< exp!6 exp!2)))
(assert
 (= (< log!26 lgamma!38) (< exp!2 exp!6)))
(assert
 (= (< lgamma!38 log!27) (< exp!6 exp!3)))
(assert
 (= (< log!27 lgamma!38) (< exp!3 exp!6)))
(assert
 (= (< lgamma!38 lgamma!36) (< exp!6 exp!4)))
(assert
 (= (< lgamma!36 lgamma!38) (< exp!4 exp!6)))
(assert
 (= (< lgamma!38 lgamma!40) (< exp!6 exp!5)))
(assert
 (= (< lgamma!40 lgamma!38) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> lgamma!38 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 lgamma!38)))
(assert
 (= (< lgamma!39 log!28) (< exp!7 exp!1)))
(assert
 (= (< log!28 lgamma!39) (< exp!1 exp!7)))
(assert
 (= (< lgamma!39 log!26) (< exp!7 exp!2)))
(assert
 (= (< log!26 lgamma!39) (< exp!2 exp!7)))
(assert
 (= (< lgamma!39 log!27) (< exp!7 exp!3)))
(assert
 (= (< log!27 lgamma!39) (< exp!3 exp!7)))
(assert
 (= (< lgamma!39 lgamma!36) (< exp!7 exp!4)))
(assert
 (= (< lgamma!36 lgamma!39) (< exp!4 exp!7)))
(assert
 (= (< lgamma!39 lgamma!40) (< exp!7 exp!5)))
(assert
 (= (< lgamma!40 lgamma!39) (< exp!5 exp!7)))
(assert
 (= (< lgamma!39 lgamma!38) (< exp!7 exp!6)))
(assert
 (= (< lgamma!38 lgamma!39) (< exp!6 exp!7)))
(assert
 (> exp!7 0.0))
(assert
 (= (> lgamma!39 0.0) (> exp!7 1.0)))
(assert
 (>= exp!7 (+ 1.0 lgamma!39)))
(assert
 (= (< (* |concentration[2]| log!28) log!28) (< exp!8 exp!1)))
(assert
 (= (< log!28 (* |concentration[2]| log!28)) (< exp!1 exp!8)))
(assert
 (= (< (* |concentration[2]| log!28) log!26) (< exp!8 exp!2)))
(assert
 (= (< log!26 (* |concentration[2]| log!28)) (< exp!2 exp!8)))
(assert
 (= (< (* |concentration[2]| log!28) log!27) (< exp!8 exp!3)))
(assert
 (= (< log!27 (* |concentration[2]| log!28)) (< exp!3 exp!8)))
(assert
 (= (< (* |concentration[2]| log!28) lgamma!36) (< exp!8 exp!4)))
(assert
 (= (< lgamma!36 (* |concentration[2]| log!28)) (< exp!4 exp!8)))
(assert
 (= (< (* |concentration[2]| log!28) lgamma!40) (< exp!8 exp!5)))
(assert
 (= (< lgamma!40 (* |concentration[2]| log!28)) (< exp!5 exp!8)))
(assert
 (= (< (* |concentration[2]| log!28) lgamma!38) (< exp!8 exp!6)))
(assert
 (= (< lgamma!38 (* |concentration[2]| log!28)) (< exp!6 exp!8)))
(assert
 (= (< (* |concentration[2]| log!28) lgamma!39) (< exp!8 exp!7)))
(assert
 (= (< lgamma!39 (* |concentration[2]| log!28)) (< exp!7 exp!8)))
(assert
 (> exp!8 0.0))
(assert
 (= (> (* |concentration[2]| log!28) 0.0) (> exp!8 1.0)))
(assert
 (>= exp!8 (+ 1.0 (* |concentration[2]| log!28))))
(assert
 (= (< (* |concentration[0]| log!26) log!28) (< exp!9 exp!1)))
(assert
 (= (< log!28 (* |concentration[0]| log!26)) (< exp!1 exp!9)))
(assert
 (= (< (* |concentration[0]| log!26) log!26) (< exp!9 exp!2)))
(assert
 (= (< log!26 (* |concentration[0]| log!26)) (< exp!2 exp!9)))
(assert
 (= (< (* |concentration[0]| log!26) log!27) (< exp!9 exp!3)))
(assert
 (= (< log!27 (* |concentration[0]| log!26)) (< exp!3 exp!9)))
(assert
 (= (< (* |concentration[0]| log!26) lgamma!36) (< exp!9 exp!4)))
(assert
 (= (< lgamma!36 (* |concentration[0]| log!26)) (< exp!4 exp!9)))
(assert
 (= (< (* |concentration[0]| log!26) lgamma!40) (< exp!9 exp!5)))
(assert
 (= (< lgamma!40 (* |concentration[0]| log!26)) (< exp!5 exp!9)))
(assert
 (= (< (* |concentration[0]| log!26) lgamma!38) (< exp!9 exp!6)))
(assert
 (= (< lgamma!38 (* |concentration[0]| log!26)) (< exp!6 exp!9)))
(assert
 (= (< (* |concentration[0]| log!26) lgamma!39) (< exp!9 exp!7)))
(assert
 (= (< lgamma!39 (* |concentration[0]| log!26)) (< exp!7 exp!9)))
(assert
 (= (< (* |concentration[0]| log!26) (* |concentration[2]| log!28)) (< exp!9 exp!8)))
(assert
 (= (< (* |concentration[2]| log!28) (* |concentration[0]| log!26)) (< exp!8 exp!9)))
(assert
 (> exp!9 0.0))
(assert
 (= (> (* |concentration[0]| log!26) 0.0) (> exp!9 1.0)))
(assert
 (>= exp!9 (+ 1.0 (* |concentration[0]| log!26))))
(assert
 (= (< (* |concentration[1]| log!27) log!28) (< exp!10 exp!1)))
(assert
 (= (< log!28 (* |concentration[1]| log!27)) (< exp!1 exp!10)))
(assert
 (= (< (* |concentration[1]| log!27) log!26) (< exp!10 exp!2)))
(assert
 (= (< log!26 (* |concentration[1]| log!27)) (< exp!2 exp!10)))
(assert
 (= (< (* |concentration[1]| log!27) log!27) (< exp!10 exp!3)))
(assert
 (= (< log!27 (* |concentration[1]| log!27)) (< exp!3 exp!10)))
(assert
 (= (< (* |concentration[1]| log!27) lgamma!36) (< exp!10 exp!4)))
(assert
 (= (< lgamma!36 (* |concentration[1]| log!27)) (< exp!4 exp!10)))
(assert
 (= (< (* |concentration[1]| log!27) lgamma!40) (< exp!10 exp!5)))
(assert
 (= (< lgamma!40 (* |concentration[1]| log!27)) (< exp!5 exp!10)))
(assert
 (= (< (* |concentration[1]| log!27) lgamma!38) (< exp!10 exp!6)))
(assert
 (= (< lgamma!38 (* |concentration[1]| log!27)) (< exp!6 exp!10)))
(assert
 (= (< (* |concentration[1]| log!27) lgamma!39) (< exp!10 exp!7)))
(assert
 (= (< lgamma!39 (* |concentration[1]| log!27)) (< exp!7 exp!10)))
(assert
 (= (< (* |concentration[1]| log!27) (* |concentration[2]| log!28)) (< exp!10 exp!8)))
(assert
 (= (< (* |concentration[2]| log!28) (* |concentration[1]| log!27)) (< exp!8 exp!10)))
(assert
 (= (< (* |concentration[1]| log!27) (* |concentration[0]| log!26)) (< exp!10 exp!9)))
(assert
 (= (< (* |concentration[0]| log!26) (* |concentration[1]| log!27)) (< exp!9 exp!10)))
(assert
 (> exp!10 0.0))
(assert
 (= (> (* |concentration[1]| log!27) 0.0) (> exp!10 1.0)))
(assert
 (>= exp!10 (+ 1.0 (* |concentration[1]| log!27))))
(assert
 (=> (and (= 1.0 1.0) (= |concentration[2]| |concentration[0]|)) (= polygamma!73 polygamma!71)))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x132 (= |concentration[2]| ?x29)))
 (let (($x223 (= 1.0 1.0)))
 (=> (and $x223 $x132) (= polygamma!73 polygamma!61)))))))
(assert
 (=> (and (= 1.0 1.0) (= |concentration[1]| |concentration[0]|)) (= polygamma!72 polygamma!71)))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x122 (= |concentration[1]| ?x29)))
 (let (($x223 (= 1.0 1.0)))
 (=> (and $x223 $x122) (= polygamma!72 polygamma!61)))))))
(assert
 (=> (and (= 1.0 1.0) (= |concentration[1]| |concentration[2]|)) (= polygamma!72 polygamma!73)))
(check-sat)
(pop 1)
