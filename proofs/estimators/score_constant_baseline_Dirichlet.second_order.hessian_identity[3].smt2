; certjax: rule estimators.score_constant_baseline_Dirichlet, obligation 'second_order.hessian_identity[3]', verdict proved
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
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
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
(declare-fun digamma!67 () Real)
(declare-fun digamma!66 () Real)
(declare-fun digamma!68 () Real)
(declare-fun digamma!61 () Real)
(declare-fun log!28 () Real)
(declare-fun log!27 () Real)
(declare-fun log!29 () Real)
(declare-fun |g2[1]| () Real)
(declare-fun polygamma!72 () Real)
(declare-fun polygamma!73 () Real)
(declare-fun polygamma!74 () Real)
(declare-fun polygamma!62 () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |h2[2,1]| () Real)
(declare-fun |h2[1,1]| () Real)
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
 (let ((?x600 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x601 (* (/ 1.0 2.0) ?x600)))
 (let ((?x340 (/ (/ (* (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4) exp!5) exp!6)))
 (let ((?x384 (/ ?x340 exp!7)))
 (let ((?x555 (* (* (* ?x384 exp!8) exp!9) exp!10)))
 (let ((?x602 (* ?x555 ?x601)))
 (let ((?x167 (* 0.0 digamma!67)))
 (let ((?x179 (+ digamma!66 ?x167)))
 (let ((?x159 (* 0.0 digamma!68)))
 (let ((?x180 (+ ?x159 ?x179)))
 (let ((?x181 (- ?x180)))
 (let ((?x151 (* log!28 0.0)))
 (let ((?x152 (+ log!27 ?x151)))
 (let ((?x150 (* log!29 0.0)))
 (let ((?x153 (+ ?x150 ?x152)))
 (let ((?x155 (+ ?x153 digamma!61)))
 (let ((?x182 (+ ?x155 ?x181)))
 (let ((?x594 (* ?x555 ?x182)))
 (let ((?x599 (* |g2[1]| ?x594)))
 (let ((?x603 (+ ?x599 ?x602)))
 (let ((?x561 (* 0.0 digamma!66)))
 (let ((?x562 (+ digamma!67 ?x561)))
 (let ((?x563 (+ ?x159 ?x562)))
 (let ((?x564 (- ?x563)))
 (let ((?x557 (* log!27 0.0)))
 (let ((?x558 (+ log!28 ?x557)))
 (let ((?x559 (+ ?x150 ?x558)))
 (let ((?x560 (+ ?x559 digamma!61)))
 (let ((?x565 (+ ?x560 ?x564)))
 (let ((?x595 (* ?x565 ?x594)))
 (let ((?x588 (* 0.0 polygamma!72)))
 (let ((?x219 (* 0.0 polygamma!73)))
 (let ((?x589 (+ ?x219 ?x588)))
 (let ((?x576 (* 0.0 polygamma!74)))
 (let ((?x577 (* 0.0 ?x576)))
 (let ((?x590 (+ ?x577 ?x589)))
 (let ((?x591 (- ?x590)))
 (let ((?x592 (+ polygamma!62 ?x591)))
 (let ((?x593 (* ?x555 ?x592)))
 (let ((?x596 (+ ?x593 ?x595)))
 (let ((?x208 (- b)))
 (let ((?x568 (+ f2 ?x208)))
 (let ((?x597 (* ?x568 ?x596)))
 (let ((?x566 (* ?x555 ?x565)))
 (let ((?x567 (* |g2[0]| ?x566)))
 (let ((?x598 (+ ?x567 ?x597)))
 (let ((?x604 (+ ?x598 ?x603)))
 (let ((?x239 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x213 (* |g2[0]| 1.0)))
 (let ((?x185 (* ?x182 1.0)))
 (let ((?x211 (* f2 ?x185)))
 (let ((?x214 (+ ?x211 ?x213)))
 (let ((?x209 (* ?x185 ?x208)))
 (let ((?x215 (+ ?x209 ?x214)))
 (let ((?x237 (* log!28 ?x215)))
 (let ((?x221 (* f2 1.0)))
 (let ((?x220 (* 1.0 ?x208)))
 (let ((?x222 (+ ?x220 ?x221)))
 (let ((?x234 (* polygamma!62 ?x222)))
 (let ((?x227 (* digamma!61 ?x215)))
 (let ((?x235 (+ ?x227 ?x234)))
 (let ((?x223 (- ?x222)))
 (let ((?x224 (* ?x219 ?x223)))
 (let ((?x216 (- ?x215)))
 (let ((?x217 (* digamma!67 ?x216)))
 (let ((?x225 (+ ?x217 ?x224)))
 (let ((?x205 (* |g2[1]| ?x185)))
 (let ((?x186 (* (/ 1.0 2.0) ?x185)))
 (let ((?x187 (* 0.0 ?x186)))
 (let ((?x189 (+ (- 1.0) 1.0)))
 (let ((?x190 (* (/ 1.0 2.0) ?x189)))
 (let ((?x196 (* 0.0 ?x190)))
 (let ((?x197 (+ ?x196 ?x187)))
 (let ((?x201 (* |h2[2,1]| ?x197)))
 (let ((?x198 (* |h2[1,1]| ?x197)))
 (let ((?x193 (+ ?x190 ?x187)))
 (let ((?x194 (* |h2[0,1]| ?x193)))
 (let ((?x199 (+ ?x194 ?x198)))
 (let ((?x202 (+ ?x199 ?x201)))
 (let ((?x191 (* |h2[1,0]| ?x190)))
 (let ((?x192 (+ ?x187 ?x191)))
 (let ((?x203 (+ ?x192 ?x202)))
 (let ((?x206 (+ ?x203 ?x205)))
 (let ((?x226 (+ ?x206 ?x225)))
 (let ((?x236 (+ ?x226 ?x235)))
 (let ((?x238 (+ ?x236 ?x237)))
 (let ((?x240 (+ ?x238 ?x239)))
 (let ((?x149 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x241 (+ ?x149 ?x240)))
 (let ((?x556 (* ?x555 ?x241)))
 (or (and (distinct ?x556 ?x604) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
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
 (=> (and (= |concentration[2]| |concentration[0]|)) (= lgamma!41 lgamma!39)))
(assert
 (=> (and (= |concentration[2]| |concentration[1]|)) (= lgamma!41 lgamma!40)))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x132 (= |concentration[2]| ?x29)))
 (let (($x133 (and $x132)))
 (=> $x133 (= digamma!68 digamma!61)))))))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x123 (and (= |concentration[1]| ?x29))))
 (=> $x123 (= digamma!67 digamma!61))))))
(assert
 (=> (and (= |concentration[1]| |concentration[2]|)) (= digamma!67 digamma!68)))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x117 (= |concentration[0]| ?x29)))
 (let (($x118 (and $x117)))
 (=> $x118 (= digamma!66 digamma!61)))))))
(assert
 (=> (and (= |concentration[0]| |concentration[2]|)) (= digamma!66 digamma!68)))
(assert
 (=> (and (= |concentration[0]| |concentration[1]|)) (= digamma!66 digamma!67)))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x229 (= 1.0 1.0)))
 (=> (and $x229 (= ?x29 |concentration[1]|)) (= polygamma!62 polygamma!73))))))
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
 (let (($x229 (= 1.0 1.0)))
 (=> (and $x229 $x132) (= polygamma!74 polygamma!62)))))))
(assert
 (=> (and (= 1.0 1.0) (= |concentration[0]| |concentration[1]|)) (= polygamma!72 polygamma!73)))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x117 (= |concentration[0]| ?x29)))
 (let (($x229 (= 1.0 1.0)))
 (=> (and $x229 $x117) (= polygamma!72 polygamma!62)))))))
(assert
 (=> (and (= 1.0 1.0) (= |concentration[0]| |concentration[2]|)) (= polygamma!72 polygamma!74)))
(check-sat)
(pop 1)
