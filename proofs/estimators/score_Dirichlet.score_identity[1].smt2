; certjax: rule estimators.score_Dirichlet, obligation 'score_identity[1]', verdict proved
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
(declare-fun digamma!47 () Real)
(declare-fun digamma!48 () Real)
(declare-fun digamma!49 () Real)
(declare-fun log!26 () Real)
(declare-fun log!27 () Real)
(declare-fun log!28 () Real)
(declare-fun digamma!46 () Real)
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
(declare-fun f () Real)
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
 (let ((?x502 (* digamma!47 0.0)))
 (let ((?x503 (+ digamma!48 ?x502)))
 (let ((?x490 (* digamma!49 0.0)))
 (let ((?x504 (+ ?x490 ?x503)))
 (let ((?x505 (- ?x504)))
 (let ((?x481 (* log!26 0.0)))
 (let ((?x482 (+ log!27 ?x481)))
 (let ((?x480 (* log!28 0.0)))
 (let ((?x483 (+ ?x480 ?x482)))
 (let ((?x484 (+ digamma!46 ?x483)))
 (let ((?x506 (+ ?x484 ?x505)))
 (let ((?x263 (/ (/ (* (/ (/ (/ 1.0 exp!1) exp!2) exp!3) exp!4) exp!5) exp!6)))
 (let ((?x307 (/ ?x263 exp!7)))
 (let ((?x478 (* (* (* ?x307 exp!8) exp!9) exp!10)))
 (let ((?x507 (* ?x478 ?x506)))
 (let ((?x508 (* f ?x507)))
 (let ((?x151 (* f 1.0)))
 (let ((?x149 (* 1.0 0.0)))
 (let ((?x152 (+ ?x149 ?x151)))
 (let ((?x163 (* log!27 ?x152)))
 (let ((?x161 (* digamma!46 ?x152)))
 (let ((?x153 (- ?x152)))
 (let ((?x155 (* digamma!48 ?x153)))
 (let ((?x162 (+ ?x155 ?x161)))
 (let ((?x164 (+ ?x162 ?x163)))
 (let ((?x479 (* ?x478 ?x164)))
 (or (and (distinct ?x479 ?x508) true)))))))))))))))))))))))))))))
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
 (=> (and (= |concentration[1]| ?x29)) (= lgamma!39 lgamma!36)))))
(assert
 (=> (and (= |concentration[1]| |concentration[0]|)) (= lgamma!39 lgamma!38)))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x133 (and (= |concentration[2]| ?x29))))
 (=> $x133 (= lgamma!40 lgamma!36))))))
(assert
 (=> (and (= |concentration[2]| |concentration[0]|)) (= lgamma!40 lgamma!38)))
(assert
 (let (($x141 (and (= |concentration[2]| |concentration[1]|))))
 (=> $x141 (= lgamma!40 lgamma!39))))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (=> (and (= ?x29 |concentration[1]|)) (= digamma!46 digamma!48)))))
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
 (let (($x141 (and (= |concentration[2]| |concentration[1]|))))
 (=> $x141 (= digamma!49 digamma!48))))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x133 (and (= |concentration[2]| ?x29))))
 (=> $x133 (= digamma!49 digamma!46))))))
(assert
 (=> (and (= |concentration[0]| |concentration[1]|)) (= digamma!47 digamma!48)))
(assert
 (let ((?x28 (+ |concentration[0]| |concentration[1]|)))
 (let ((?x29 (+ |concentration[2]| ?x28)))
 (let (($x118 (and (= |concentration[0]| ?x29))))
 (=> $x118 (= digamma!47 digamma!46))))))
(assert
 (=> (and (= |concentration[0]| |concentration[2]|)) (= digamma!47 digamma!49)))
(check-sat)
(pop 1)
