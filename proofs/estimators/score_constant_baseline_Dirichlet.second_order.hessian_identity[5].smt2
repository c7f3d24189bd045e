; certjax: rule estimators.score_constant_baseline_Dirichlet, obligation 'second_order.hessian_identity[5]', verdict proved
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
(declare-fun |h2[2,1]| () Real)
(declare-fun |h2[1,2]| () Real)
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
(declare-fun digamma!66 () Real)
(declare-fun digamma!67 () Real)
(declare-fun digamma!68 () Real)
(declare-fun digamma!61 () Real)
(declare-fun log!27 () Real)
(declare-fun log!28 () Real)
(declare-fun log!29 () Real)
(declare-fun |g2[1]| () Real)
(declare-fun |g2[2]| () Real)
(declare-fun polygamma!72 () Real)
(declare-fun polygamma!73 () Real)
(declare-fun polygamma!74 () Real)
(declare-fun polygamma!62 () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[1,1]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun lgamma!37 () Real)
(declare-fun lgamma!39 () Real)
(declare-fun lgamma!40 () Real)
(declare-fun lgamma!41 () Real)
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
 (let ((?x597 (+ |h2[1,2]| |h2[2,1]|)))
 (let ((?x598 (* (/ 1.0 2.0) ?x597)))
 (let ((?x336 (/ (/ (* (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4) exp!5) exp!6)))
 (let ((?x380 (/ ?x336 exp!7)))
 (let ((?x551 (* (* (* ?x380 exp!8) exp!9) exp!10)))
 (let ((?x599 (* ?x551 ?x598)))
 (let ((?x167 (* 0.0 digamma!66)))
 (let ((?x159 (* 0.0 digamma!67)))
 (let ((?x168 (+ ?x159 ?x167)))
 (let ((?x176 (+ digamma!68 ?x168)))
 (let ((?x177 (- ?x176)))
 (let ((?x151 (* log!27 0.0)))
 (let ((?x150 (* log!28 0.0)))
 (let ((?x152 (+ ?x150 ?x151)))
 (let ((?x153 (+ log!29 ?x152)))
 (let ((?x155 (+ ?x153 digamma!61)))
 (let ((?x178 (+ ?x155 ?x177)))
 (let ((?x589 (* ?x551 ?x178)))
 (let ((?x596 (* |g2[1]| ?x589)))
 (let ((?x600 (+ ?x596 ?x599)))
 (let ((?x585 (+ digamma!67 ?x167)))
 (let ((?x584 (* 0.0 digamma!68)))
 (let ((?x586 (+ ?x584 ?x585)))
 (let ((?x587 (- ?x586)))
 (let ((?x581 (+ log!28 ?x151)))
 (let ((?x580 (* log!29 0.0)))
 (let ((?x582 (+ ?x580 ?x581)))
 (let ((?x583 (+ ?x582 digamma!61)))
 (let ((?x588 (+ ?x583 ?x587)))
 (let ((?x593 (* ?x551 ?x588)))
 (let ((?x594 (* |g2[2]| ?x593)))
 (let ((?x590 (* ?x588 ?x589)))
 (let ((?x573 (* 0.0 polygamma!72)))
 (let ((?x574 (* 0.0 ?x573)))
 (let ((?x215 (* 0.0 polygamma!73)))
 (let ((?x575 (+ ?x215 ?x574)))
 (let ((?x561 (* 0.0 polygamma!74)))
 (let ((?x576 (+ ?x561 ?x575)))
 (let ((?x577 (- ?x576)))
 (let ((?x578 (+ polygamma!62 ?x577)))
 (let ((?x579 (* ?x551 ?x578)))
 (let ((?x591 (+ ?x579 ?x590)))
 (let ((?x204 (- b)))
 (let ((?x553 (+ f2 ?x204)))
 (let ((?x592 (* ?x553 ?x591)))
 (let ((?x595 (+ ?x592 ?x594)))
 (let ((?x601 (+ ?x595 ?x600)))
 (let ((?x235 (* |h2[1,2]| (/ 1.0 2.0))))
 (let ((?x209 (* |g2[2]| 1.0)))
 (let ((?x181 (* ?x178 1.0)))
 (let ((?x207 (* f2 ?x181)))
 (let ((?x210 (+ ?x207 ?x209)))
 (let ((?x205 (* ?x181 ?x204)))
 (let ((?x211 (+ ?x205 ?x210)))
 (let ((?x233 (* log!28 ?x211)))
 (let ((?x217 (* f2 1.0)))
 (let ((?x216 (* 1.0 ?x204)))
 (let ((?x218 (+ ?x216 ?x217)))
 (let ((?x230 (* polygamma!62 ?x218)))
 (let ((?x223 (* digamma!61 ?x211)))
 (let ((?x231 (+ ?x223 ?x230)))
 (let ((?x219 (- ?x218)))
 (let ((?x220 (* ?x215 ?x219)))
 (let ((?x212 (- ?x211)))
 (let ((?x213 (* digamma!67 ?x212)))
 (let ((?x221 (+ ?x213 ?x220)))
 (let ((?x201 (* |g2[1]| ?x181)))
 (let ((?x182 (* (/ 1.0 2.0) ?x181)))
 (let ((?x183 (* 0.0 ?x182)))
 (let ((?x185 (+ (- 1.0) 1.0)))
 (let ((?x186 (* (/ 1.0 2.0) ?x185)))
 (let ((?x196 (+ ?x186 ?x183)))
 (let ((?x197 (* |h2[2,1]| ?x196)))
 (let ((?x190 (* 0.0 ?x186)))
 (let ((?x191 (+ ?x190 ?x183)))
 (let ((?x194 (* |h2[1,1]| ?x191)))
 (let ((?x192 (* |h2[0,1]| ?x191)))
 (let ((?x195 (+ ?x192 ?x194)))
 (let ((?x198 (+ ?x195 ?x197)))
 (let ((?x187 (* |h2[1,2]| ?x186)))
 (let ((?x188 (+ ?x183 ?x187)))
 (let ((?x199 (+ ?x188 ?x198)))
 (let ((?x202 (+ ?x199 ?x201)))
 (let ((?x222 (+ ?x202 ?x221)))
 (let ((?x232 (+ ?x222 ?x231)))
 (let ((?x234 (+ ?x232 ?x233)))
 (let ((?x236 (+ ?x234 ?x235)))
 (let ((?x149 (* |h2[2,1]| (/ 1.0 2.0))))
 (let ((?x237 (+ ?x149 ?x236)))
 (let ((?x552 (* ?x551 ?x237)))
 (or (and (distinct ?x552 ?x601) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!29 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!29)))
(assert
 (=> (> |z[2]| 0.0) (= exp!1 |z[2]|)))
(assert
 (= (< log!27 log!29) (< exp!2 exp!1)))
(assert
 (= (< log!29 log!27) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!27 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!27)))
(assert
 (=> (> |z[0]| 0.0) (= exp!2 |z[0]|)))
(assert
 (= (< log!28 log!29) (< exp!3 exp!1)))
(assert
 (= (< log!29 log!28) (< exp!1 exp!3)))
(assert
 (= (< log!28 log!27) (< exp!3 exp!2)))
(assert
 (= (< log!27 log!28) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> log!28 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 log!28)))
(assert
 (=> (> |z[1]| 0.0) (= exp!3 |z[1]|)))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x117 (= |concentration[0]| ?x29)))
 (let (($x118 (and $x117)))
 (=> $x118 (= lgamma!39 lgamma!37)))))))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x123 (and (= |concentration[1]| ?x29))))
 (=> $x123 (= lgamma!40 lgamma!37))))))
(assert
 (=> (and (= |concentration[1]| |concentration[0]|)) (= lgamma!40 lgamma!39)))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x132 (= |concentration[2]| ?x29)))
 (let (($x133 (and $x132)))
 (=> $x133 (= lgamma!41 lgamma!37)))))))
(assert
 (let (($x137 (and (= |concentration[2]| |concentration[0]|))))
 (=> $x137 (= lgamma!41 lgamma!39))))
(assert
 (let (($x140 (= |concentration[2]| |concentration[1]|)))
 (let (($x141 (and $x140)))
 (=> $x141 (= lgamma!41 lgamma!40)))))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x123 (and (= |concentration[1]| ?x29))))
 (=> $x123 (= digamma!67 digamma!61))))))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x117 (= |concentration[0]| ?x29)))
 (let (($x118 (and $x117)))
 (=> $x118 (= digamma!66 digamma!61)))))))
(assert
 (=> (and (= |concentration[0]| |concentration[1]|)) (= digamma!66 digamma!67)))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x132 (= |concentration[2]| ?x29)))
 (let (($x133 (and $x132)))
 (=> $x133 (= digamma!68 digamma!61)))))))
(assert
 (let (($x140 (= |concentration[2]| |concentration[1]|)))
 (let (($x141 (and $x140)))
 (=> $x141 (= digamma!68 digamma!67)))))
(assert
 (let (($x137 (and (= |concentration[2]| |concentration[0]|))))
 (=> $x137 (= digamma!68 digamma!66))))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x225 (= 1.0 1.0)))
 (=> (and $x225 (= ?x29 |concentration[1]|)) (= polygamma!62 polygamma!73))))))
(assert
 (= (< lgamma!37 log!29) (< exp!4 exp!1)))
(assert
 (= (< log!29 lgamma!37) (< exp!1 exp!4)))
(assert
 (= (< lgamma!37 log!27) (< exp!4 exp!2)))
(assert
 (= (< log!27 lgamma!37) (< exp!2 exp!4)))
(assert
 (= (< lgamma!37 log!28) (< exp!4 exp!3)))
(assert
 (= (< log!28 lgamma!37) (< exp!3 exp!4)))
(assert
 (> exp!4 0.0))
(assert
 (= (> lgamma!37 0.0) (> exp!4 1.0)))
(assert
 (>= exp!4 (+ 1.0 lgamma!37)))
(assert
 (= (< lgamma!41 log!29) (< exp!5 exp!1)))
(assert
 (= (< log!29 lgamma!41) (< exp!1 exp!5)))
(assert
 (= (< lgamma!41 log!27) (< exp!5 exp!2)))
(assert
 (= (< log!27 lgamma!41) (< exp!2 exp!5)))
(assert
 (= (< lgamma!41 log!28) (< exp!5 exp!3)))
(assert
 (= (< log!28 lgamma!41) (< exp!3 exp!5)))
(assert
 (= (< lgamma!41 lgamma!37) (< exp!5 exp!4)))
(assert
 (= (< lgamma!37 lgamma!41) (< exp!4 exp!5)))
(assert
 (> exp!5 0.0))
(assert
 (= (> lgamma!41 0.0) (> exp!5 1.0)))
(assert
 (>= exp!5 (+ 1.0 lgamma!41)))
(assert
 (= (< lgamma!39 log!29) (< exp!6 exp!1)))
(assert
 (= (< log!29 lgamma!39) (< exp!1 exp!6)))
(assert
 (= (< lgamma!39 log!27) (< exp!6 exp!2)))
(assert
 (= (< log!27 lgamma!39) (< exp!2 exp!6)))
(assert
 (= (< lgamma!39 log!28) (< exp!6 exp!3)))
(assert
 (= (< log!28 lgamma!39) (< exp!3 exp!6)))
(assert
 (= (< lgamma!39 lgamma!37) (< exp!6 exp!4)))
(assert
 (= (< lgamma!37 lgamma!39) (< exp!4 exp!6)))
(assert
 (= (< lgamma!39 lgamma!41) (< exp!6 exp!5)))
(assert
 (= (< lgamma!41 lgamma!39) (< exp!5 exp!6)))
(assert
 (> exp!6 0.0))
(assert
 (= (> lgamma!39 0.0) (> exp!6 1.0)))
(assert
 (>= exp!6 (+ 1.0 lgamma!39)))
(assert
 (= (< lgamma!40 log!29) (< exp!7 exp!1)))
(assert
 (= (< log!29 lgamma!40) (< exp!1 exp!7)))
(assert
 (= (< lgamma!40 log!27) (< exp!7 exp!2)))
(assert
 (= (< log!27 lgamma!40) (< exp!2 exp!7)))
(assert
 (= (< lgamma!40 log!28) (< exp!7 exp!3)))
(assert
 (= (< log!28 lgamma!40) (< exp!3 exp!7)))
(assert
 (= (< lgamma!40 lgamma!37) (< exp!7 exp!4)))
(assert
 (= (< lgamma!37 lgamma!40) (< exp!4 exp!7)))
(assert
 (= (< lgamma!40 lgamma!41) (< exp!7 exp!5)))
(assert
 (= (< lgamma!41 lgamma!40) (< exp!5 exp!7)))
(assert
 (= (< lgamma!40 lgamma!39) (< exp!7 exp!6)))
(assert
 (= (< lgamma!39 lgamma!40) (< exp!6 exp!7)))
(assert
 (> exp!7 0.0))
(assert
 (= (> lgamma!40 0.0) (> exp!7 1.0)))
(assert
 (>= exp!7 (+ 1.0 lgamma!40)))
(assert
 (= (< (* |concentration[2]| log!29) log!29) (< exp!8 exp!1)))
(assert
 (= (< log!29 (* |concentration[2]| log!29)) (< exp!1 exp!8)))
(assert
 (= (< (* |concentration[2]| log!29) log!27) (< exp!8 exp!2)))
(assert
 (= (< log!27 (* |concentration[2]| log!29)) (< exp!2 exp!8)))
(assert
 (= (< (* |concentration[2]| log!29) log!28) (< exp!8 exp!3)))
(assert
 (= (< log!28 (* |concentration[2]| log!29)) (< exp!3 exp!8)))
(assert
 (= (< (* |concentration[2]| log!29) lgamma!37) (< exp!8 exp!4)))
(assert
 (= (< lgamma!37 (* |concentration[2]| log!29)) (< exp!4 exp!8)))
(assert
 (= (< (* |concentration[2]| log!29) lgamma!41) (< exp!8 exp!5)))
(assert
 (= (< lgamma!41 (* |concentration[2]| log!29)) (< exp!5 exp!8)))
(assert
 (= (< (* |concentration[2]| log!29) lgamma!39) (< exp!8 exp!6)))
(assert
 (= (< lgamma!39 (* |concentration[2]| log!29)) (< exp!6 exp!8)))
(assert
 (= (< (* |concentration[2]| log!29) lgamma!40) (< exp!8 exp!7)))
(assert
 (= (< lgamma!40 (* |concentration[2]| log!29)) (< exp!7 exp!8)))
(assert
 (> exp!8 0.0))
(assert
 (= (> (* |concentration[2]| log!29) 0.0) (> exp!8 1.0)))
(assert
 (>= exp!8 (+ 1.0 (* |concentration[2]| log!29))))
(assert
 (= (< (* |concentration[0]| log!27) log!29) (< exp!9 exp!1)))
(assert
 (= (< log!29 (* |concentration[0]| log!27)) (< exp!1 exp!9)))
(assert
 (= (< (* |concentration[0]| log!27) log!27) (< exp!9 exp!2)))
(assert
 (= (< log!27 (* |concentration[0]| log!27)) (< exp!2 exp!9)))
(assert
 (= (< (* |concentration[0]| log!27) log!28) (< exp!9 exp!3)))
(assert
 (= (< log!28 (* |concentration[0]| log!27)) (< exp!3 exp!9)))
(assert
 (= (< (* |concentration[0]| log!27) lgamma!37) (< exp!9 exp!4)))
(assert
 (= (< lgamma!37 (* |concentration[0]| log!27)) (< exp!4 exp!9)))
(assert
 (= (< (* |concentration[0]| log!27) lgamma!41) (< exp!9 exp!5)))
(assert
 (= (< lgamma!41 (* |concentration[0]| log!27)) (< exp!5 exp!9)))
(assert
 (= (< (* |concentration[0]| log!27) lgamma!39) (< exp!9 exp!6)))
(assert
 (= (< lgamma!39 (* |concentration[0]| log!27)) (< exp!6 exp!9)))
(assert
 (= (< (* |concentration[0]| log!27) lgamma!40) (< exp!9 exp!7)))
(assert
 (= (< lgamma!40 (* |concentration[0]| log!27)) (< exp!7 exp!9)))
(assert
 (= (< (* |concentration[0]| log!27) (* |concentration[2]| log!29)) (< exp!9 exp!8)))
(assert
 (= (< (* |concentration[2]| log!29) (* |concentration[0]| log!27)) (< exp!8 exp!9)))
(assert
 (> exp!9 0.0))
(assert
 (= (> (* |concentration[0]| log!27) 0.0) (> exp!9 1.0)))
(assert
 (>= exp!9 (+ 1.0 (* |concentration[0]| log!27))))
(assert
 (= (< (* |concentration[1]| log!28) log!29) (< exp!10 exp!1)))
(assert
 (= (< log!29 (* |concentration[1]| log!28)) (< exp!1 exp!10)))
(assert
 (= (< (* |concentration[1]| log!28) log!27) (< exp!10 exp!2)))
(assert
 (= (< log!27 (* |concentration[1]| log!28)) (< exp!2 exp!10)))
(assert
 (= (< (* |concentration[1]| log!28) log!28) (< exp!10 exp!3)))
(assert
 (= (< log!28 (* |concentration[1]| log!28)) (< exp!3 exp!10)))
(assert
 (= (< (* |concentration[1]| log!28) lgamma!37) (< exp!10 exp!4)))
(assert
 (= (< lgamma!37 (* |concentration[1]| log!28)) (< exp!4 exp!10)))
(assert
 (= (< (* |concentration[1]| log!28) lgamma!41) (< exp!10 exp!5)))
(assert
 (= (< lgamma!41 (* |concentration[1]| log!28)) (< exp!5 exp!10)))
(assert
 (= (< (* |concentration[1]| log!28) lgamma!39) (< exp!10 exp!6)))
(assert
 (= (< lgamma!39 (* |concentration[1]| log!28)) (< exp!6 exp!10)))
(assert
 (= (< (* |concentration[1]| log!28) lgamma!40) (< exp!10 exp!7)))
(assert
 (= (< lgamma!40 (* |concentration[1]| log!28)) (< exp!7 exp!10)))
(assert
 (= (< (* |concentration[1]| log!28) (* |concentration[2]| log!29)) (< exp!10 exp!8)))
(assert
 (= (< (* |concentration[2]| log!29) (* |concentration[1]| log!28)) (< exp!8 exp!10)))
(assert
 (= (< (* |concentration[1]| log!28) (* |concentration[0]| log!27)) (< exp!10 exp!9)))
(assert
 (= (< (* |concentration[0]| log!27) (* |concentration[1]| log!28)) (< exp!9 exp!10)))
(assert
 (> exp!10 0.0))
(assert
 (= (> (* |concentration[1]| log!28) 0.0) (> exp!10 1.0)))
(assert
 (>= exp!10 (+ 1.0 (* |concentration[1]| log!28))))
(assert
 (=> (and (= 1.0 1.0) (= |concentration[2]| |concentration[1]|)) (= polygamma!74 polygamma!73)))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x132 (= |concentration[2]| ?x29)))
 (let (($x225 (= 1.0 1.0)))
 (=> (and $x225 $x132) (= polygamma!74 polygamma!62)))))))
(assert
 (=> (and (= 1.0 1.0) (= |concentration[0]| |concentration[1]|)) (= polygamma!72 polygamma!73)))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x117 (= |concentration[0]| ?x29)))
 (let (($x225 (= 1.0 1.0)))
 (=> (and $x225 $x117) (= polygamma!72 polygamma!62)))))))
(assert
 (=> (and (= 1.0 1.0) (= |concentration[0]| |concentration[2]|)) (= polygamma!72 polygamma!74)))
(check-sat)
(pop 1)
